-module(arith_rounding).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% abs, min/max, trunc/round/ceil/floor, float/1 and the conversions between them.

start() ->
    Ints = id([0, 7, -7, 1 bsl 59, -(1 bsl 59), 1 bsl 64, -(1 bsl 64)]),
    Floats = id([0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994,
                 1.0e15 + 0.5, 4503599627370495.5, 9007199254740993.0, 1.0e20, -1.0e20,
                 1.0e300, 123.456, -123.456]),
    IntConv = [{abs(I), trunc(I), round(I), ceil(I), floor(I), float(I)} || I <- Ints],
    FloatConv = [{abs(F), trunc(F), round(F), ceil(F), floor(F)} || F <- Floats],
    MinMax = [{min(A, B), max(A, B)} || A <- [1, 1.0, -0.0, 0, a, [], 1 bsl 70],
                                       B <- [1, 1.0, 0.0, 2, a, {}]],
    Errs = [?T(abs(id(a))), ?T(trunc(id("1"))), ?T(round(id(<<>>))), ?T(float(id(1 bsl 1024))),
            ?T(ceil(id(x))), ?T(floor(id([]))), ?T(float(id(a)))],
    Guards = [classify(X) || X <- [0, 1.0, -3, 2.5, 1 bsl 64, abc]],
    {IntConv, FloatConv, MinMax, Errs, Guards}.

classify(X) when is_integer(X), abs(X) > 1 bsl 60 -> huge;
classify(X) when is_float(X), trunc(X) =:= X -> integral_float;
classify(X) when is_float(X), round(X) > 2 -> rounds_up;
classify(X) when is_number(X), float(X) == 0 -> zero;
classify(X) when is_number(X) -> {other, X};
classify(_) -> not_a_number.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
