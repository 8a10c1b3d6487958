-module(strings_binary_text_ops).
-export([start/0]).

%% Common text operations on binaries without the string module: trimming whitespace,
%% case-insensitive ASCII comparison, padding, centring, repeating, and joining.

start() ->
    Trim = [trim(B) || B <- [<<"  x  ">>, <<"\t\nab\r\n">>, <<>>, <<"   ">>, <<"no-trim">>]],
    CaseEq = [ieq(A, B) || {A, B} <- [{<<"Hello">>, <<"hELLO">>}, {<<"a">>, <<"b">>}, {<<"Ab1">>, <<"aB1">>}, {<<"x">>, <<"xy">>}]],
    Centre = [centre(B, 9) || B <- [<<"ab">>, <<"abc">>, <<"toolongtext">>]],
    Join = join([<<"a">>, <<"bb">>, <<>>, <<"ccc">>], <<", ">>),
    Repeat = binary:copy(<<"-=">>, 5),
    {Trim, CaseEq, Centre, Join, Repeat}.

trim(B) -> rtrim(ltrim(B)).
ltrim(<<C, R/binary>>) when C =:= $\s; C =:= $\t; C =:= $\n; C =:= $\r -> ltrim(R);
ltrim(B) -> B.
rtrim(B) ->
    case byte_size(B) of
        0 -> B;
        N -> case binary:last(B) of
                 C when C =:= $\s; C =:= $\t; C =:= $\n; C =:= $\r -> rtrim(binary:part(B, 0, N - 1));
                 _ -> B
             end
    end.

ieq(A, B) when byte_size(A) =/= byte_size(B) -> false;
ieq(A, B) -> lower(A) =:= lower(B).
lower(B) -> << <<(if C >= $A, C =< $Z -> C + 32; true -> C end)>> || <<C>> <= B >>.

centre(B, W) when byte_size(B) >= W -> B;
centre(B, W) -> L = (W - byte_size(B)) div 2, R = W - byte_size(B) - L, <<(binary:copy(<<" ">>, L))/binary, B/binary, (binary:copy(<<" ">>, R))/binary>>.

join([], _) -> <<>>;
join([H | T], Sep) -> lists:foldl(fun(X, Acc) -> <<Acc/binary, Sep/binary, X/binary>> end, H, T).
