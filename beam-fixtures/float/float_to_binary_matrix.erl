-module(float_to_binary_matrix).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% float_to_binary/2 with every option combination over values of every magnitude.

start() ->
    Fs = [0.0, -0.0, 1.0e-300, 1.0e-7, 0.000123456, 0.1, 1.0, 9.5, 123.456, 1.0e7, 1.0e15, 1.0e16, 1.0e22, 1.0e300],
    Opts = [[], [short], [{decimals, 0}], [{decimals, 3}], [{decimals, 3}, compact], [{scientific, 0}], [{scientific, 6}]],
    [[?T(float_to_binary(F, O)) || O <- Opts] || F <- Fs].

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
