-module(float_int_conv).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Conversions between floats and integers at the edges of exactness: trunc/round/ceil/
%% floor of huge floats (exact bignums), float/1 of integers needing rounding, and mixed
%% arithmetic results.

start() ->
    Big = id([4503599627370496.5, 9007199254740991.0, 9007199254740993.0, 1.0e16, 1.2345678901234567e20,
              -1.0e25, 1.7976931348623157e308, 2.5, -2.5, 3.5, 0.49999999999999994, -0.49999999999999994]),
    Rounds = [{trunc(F), round(F), ceil(F), floor(F)} || F <- Big],
    Floats = [?T(float(I)) || I <- id([(1 bsl 53) + 1, (1 bsl 54) + 3, (1 bsl 60) + (1 bsl 7), (1 bsl 60) + (1 bsl 7) + 1,
                                       -(1 bsl 62) - 1, (1 bsl 1023) + (1 bsl 970), 1 bsl 1023, 10 bsl 1020])],
    Mixed = [{I + 0.0, I * 1.0, I / 1, I - 0.0} || I <- id([1 bsl 53 + 1, -(1 bsl 70) + 1, 7])],
    Eq = [{F == trunc(F), F =:= float(trunc(F))} || F <- id([1.0, 1.5, 1.0e20, -0.0])],
    {Rounds, Floats, Mixed, Eq}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
