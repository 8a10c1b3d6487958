-module(arith_bitwise).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% band/bor/bxor/bnot follow two's complement semantics on integers of any size.

values() ->
    [0, 1, -1, 2, -2, 5, -5, 255, -256, 16#F0F0F0F0, -16#0F0F0F0F,
     (1 bsl 59) - 1, 1 bsl 59, -(1 bsl 59), -(1 bsl 59) - 1,
     (1 bsl 64) - 1, 1 bsl 64, -(1 bsl 64), -(1 bsl 64) - 1,
     16#123456789ABCDEF0123456789ABCDEF, -16#FEDCBA9876543210FEDCBA98765].

start() ->
    V = id(values()),
    And = [A band B || A <- V, B <- V],
    Or = [A bor B || A <- V, B <- V],
    Xor = [A bxor B || A <- V, B <- V],
    Not = [bnot A || A <- V],
    Laws = lists:all(fun({A, B}) ->
                             (A bxor B) =:= ((A bor B) band bnot (A band B))
                                 andalso bnot bnot A =:= A
                                 andalso (A band B) + (A bor B) =:= A + B
                     end, [{A, B} || A <- V, B <- V]),
    Lits = [{A band 16#FF, A bor 1, A bxor -1, A band -(1 bsl 60)} || A <- V],
    Errs = [?T(id(1.0) band 1), ?T(id(1) bor id(a)), ?T(bnot id(1.5)), ?T(id(<<1>>) bxor 1)],
    {And, Or, Xor, Not, Laws, Lits, Errs}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
