-module(arith_mixed_matrix).
-export([start/0]).

%% Every arithmetic operator over integer/float/bignum operand pairs, results or errors.

start() ->
    Vs = [0, 3, -3, 0.0, -0.0, 2.5, -1.0e-300, 1 bsl 60, -(1 bsl 64), 1.0e300],
    Ops = [fun(A, B) -> A + B end, fun(A, B) -> A - B end, fun(A, B) -> A * B end, fun(A, B) -> A / B end],
    [[[catching(fun() -> Op(A, B) end) || B <- Vs] || A <- Vs] || Op <- Ops].

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
