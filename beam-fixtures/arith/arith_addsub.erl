-module(arith_addsub).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Integer addition and subtraction around every representation boundary
%% (the 60-bit small-integer limit at 2^59, machine words at 2^63/2^64, and beyond).

values() ->
    [0, 1, -1, 2, -2, 7, -7, 255, 256, -256, 65535, 16#7FFFFFF,
     (1 bsl 31) - 1, 1 bsl 31, -(1 bsl 31), 1 bsl 32,
     (1 bsl 59) - 1, 1 bsl 59, -(1 bsl 59), -(1 bsl 59) - 1,
     (1 bsl 60) - 1, 1 bsl 60, -(1 bsl 60), -(1 bsl 60) - 1,
     (1 bsl 63) - 1, 1 bsl 63, -(1 bsl 63), -(1 bsl 63) - 1,
     (1 bsl 64) - 1, 1 bsl 64, -(1 bsl 64), (1 bsl 128) + 1, -(1 bsl 128)].

start() ->
    V = id(values()),
    Add = [A + B || A <- V, B <- V],
    Sub = [A - B || A <- V, B <- V],
    Inc = [{A + 1, A - 1, 1 - A, -1 + A, A + 16#7FFFFFFF, A - (1 bsl 59)} || A <- V],
    Neg = [{-A, - (-A), 0 - A, +A} || A <- V],
    %% Sums that cancel back to small integers must compare equal to literals.
    Cancel = [(A + B) - B =:= A || A <- V, B <- V],
    Mixed = [?T(A + id(X)) || A <- [1, 1 bsl 60], X <- [1.5, -0.0, a, "1", <<1>>, [], {}]],
    Errs = [?T(id(a) + 1), ?T(1 - id(b)), ?T(id(1.0e308) + 1.0e308),
            ?T(-id(foo)), ?T(+id(bar)), ?T(id([]) - 1)],
    Guard = [g(A) || A <- V],
    {Add, Sub, Inc, Neg, lists:all(fun(B) -> B end, Cancel), Mixed, Errs, Guard}.

g(A) when A + 1 > 1 bsl 59 -> big_pos;
g(A) when A - 1 < -(1 bsl 59) -> big_neg;
g(A) when A + A =:= 0 -> zero;
g(_) -> small.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
