-module(compare_binaries_order).
-export([start/0]).

%% Bitstrings compare byte by byte, then bit by bit, shorter prefix first. Also lists of
%% integers versus binaries, and equality of binaries built in different ways.

start() ->
    Bins = [<<>>, <<0:1>>, <<1:1>>, <<0>>, <<0, 0>>, <<0:9>>, <<1>>, <<1:7>>, <<127:7>>, <<255>>, <<255, 0:1>>,
            <<128, 0>>, <<1, 2, 3>>, <<1, 2>>, <<1, 2, 0:4>>, <<1, 2, 15:4>>, <<"abc">>, <<"abd">>, <<"ab">>],
    Sorted = lists:sort(Bins),
    Matrix = [[rel(A, B) || B <- Bins] || A <- Bins],
    Built = [<<1, 2, 3>> =:= list_to_binary([1, [2, 3]]), <<1, 2, 3>> =:= <<1:8, 2:8, 3:8>>,
             <<1, 2, 3>> =:= binary_part(<<0, 1, 2, 3, 4>>, 1, 3), <<1:4>> =:= <<16:8>>,
             <<3:2>> =:= <<1:1, 1:1>>, <<"ab">> == "ab"],
    {Sorted, Matrix, Built}.

rel(A, B) when A < B -> $<;
rel(A, B) when A > B -> $>;
rel(_, _) -> $=.
