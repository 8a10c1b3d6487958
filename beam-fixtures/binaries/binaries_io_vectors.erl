-module(binaries_io_vectors).
-export([start/0]).

%% erlang:iolist_to_iovec/1 on iolists of small and large pieces (small pieces are merged,
%% large binaries kept), its results' total size, and invalid input.

start() ->
    Big = binary:copy(<<"L">>, 100),
    Inputs = [[], [<<>>], [<<"a">>, "b", $c], [Big, "tail"], ["head", Big, [<<"x">>, Big]], <<"whole">>,
              [[[1, 2], <<3>>] | <<4>>]],
    [{[byte_size(B) || B <- erlang:iolist_to_iovec(I)], iolist_size(I)} || I <- Inputs] ++
        [catching(fun() -> erlang:iolist_to_iovec(id([a])) end)].

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
