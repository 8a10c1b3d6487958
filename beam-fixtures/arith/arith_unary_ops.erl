-module(arith_unary_ops).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Unary minus, unary plus and bnot at every boundary, applied once and twice, on
%% variables (so the compiler cannot fold them) and as funs.

start() ->
    Vs = id([0, 1, -1, 576460752303423487, -576460752303423488, 576460752303423488, -576460752303423489,
             9223372036854775807, -9223372036854775808, 1 bsl 64, 0.0, -0.0, 1.5, -1.5e308, a]),
    [{?T(-V), ?T(- (- V)), ?T(+V), ?T(bnot V), ?T(bnot (bnot V)), ?T(0 - V), ?T(-1 * V)} || V <- Vs].

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
