-module(float_arith).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Float arithmetic: IEEE results where finite, badarith where OTP refuses to produce
%% infinities or NaN, signed zeros, subnormals, and the float-register instructions the
%% compiler emits when it can prove operands are floats.

start() ->
    Vals = id([0.0, -0.0, 1.0, -1.0, 0.1, 3.0, 1.0e308, -1.0e308, 5.0e-324, 2.2250738585072014e-308, 1.5]),
    Ops = [{?T(A + B), ?T(A - B), ?T(A * B), ?T(A / B)} || A <- Vals, B <- Vals],
    Zeros = [{0.0 == -0.0, 0.0 =:= -0.0, -0.0 < 0.0, id(-0.0) * 1.0, id(0.0) * -1.0, -id(0.0),
              id(-0.0) + 0.0, id(-0.0) - 0.0, id(-0.0) + id(-0.0)}],
    Typed = [typed(X, Y) || X <- [1.5, -2.25, 1.0e-300, 7.0], Y <- [2.0, -0.5, 1.0e10]],
    Poly = [poly(X) || X <- [0.0, 1.0, -1.5, 2.0, 10.0]],
    Kahan = {naive(lists:duplicate(1000, 0.1), 0.0), kahan(lists:duplicate(1000, 0.1), 0.0, 0.0)},
    Errs = [?T(id(1.0e308) * 10), ?T(id(1.0) / 0), ?T(id(-1.0) / id(-0.0)), ?T(id(0.0) / id(0.0)),
            ?T(-id(1.0e308) - 1.0e308), ?T(id(1.0e-320) / 1.0e-10)],
    Mixed = [{I + 0.5, I * 0.5, I / 2, 2 / id(I + 0.0)} || I <- id([1, 3, -7, 1 bsl 40])],
    {Ops, Zeros, Typed, Poly, Kahan, Errs, Mixed}.

%% With is_float guards the compiler uses fadd/fsub/fmul/fdiv/fnegate on float registers.
typed(X, Y) when is_float(X), is_float(Y) ->
    A = X * Y + X / Y,
    B = -(X - Y) * 2.0,
    C = (A + B) / (X * X + 1.0),
    {A, B, C, -C}.

poly(X) when is_float(X) -> ((3.0 * X - 2.0) * X + 0.5) * X - 7.25.

naive([], S) -> S;
naive([X | Xs], S) -> naive(Xs, S + X).

kahan([], S, _) -> S;
kahan([X | Xs], S, C) ->
    Y = X - C,
    T = S + Y,
    kahan(Xs, T, (T - S) - Y).

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
