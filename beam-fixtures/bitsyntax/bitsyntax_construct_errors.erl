-module(bitsyntax_construct_errors).
-export([start/0]).

%% Failing binary constructions: the error class and reason, and the stack frame OTP 25
%% records for them (own frames only).

start() ->
    Cases = [fun() -> <<(id(a)):8>> end, fun() -> <<(id(1.5)):8>> end, fun() -> <<1:(id(-1))>> end,
             fun() -> <<(id(<<1:3>>))/binary>> end, fun() -> <<(id(<<1, 2>>)):3/binary>> end,
             fun() -> <<(id(16#110000))/utf8>> end, fun() -> <<(id(a))/float>> end, fun() -> <<(id(1)):(id(x))>> end,
             fun() -> <<(id(<<1>>)):1/bits, (id(a))/binary>> end],
    [trace(C) || C <- Cases].

trace(F) ->
    try F() of V -> {ok, V}
    catch C:R:S ->
            Upto = lists:reverse(lists:dropwhile(fun(Fr) -> element(1, Fr) =/= ?MODULE end, lists:reverse(S))),
            {C, R, [Fr || {M, _, _, Loc} = Fr <- Upto, M =:= ?MODULE orelse not lists:keymember(file, 1, Loc)]}
    end.

id(X) -> X.
