-module(float_bits).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Floats in bit syntax: 16/32/64-bit, both endiannesses; what happens to values that do
%% not fit the narrower formats, and which bit patterns (NaN, infinity) refuse to match.

start() ->
    Fs = id([0.0, -0.0, 1.0, -2.5, 0.1, 65504.0, 65520.0, 1.0e-5, 6.0e-8, 3.4028234663852886e38,
             3.5e38, 1.0e-45, 1.0e-46, 5.0e-324, 1.7976931348623157e308, 1, -3]),
    F64 = [?T(<<F:64/float>>) || F <- Fs],
    F64L = [?T(<<F:64/float-little>>) || F <- Fs],
    F32 = [?T(<<F:32/float>>) || F <- Fs],
    F32L = [?T(<<F:32/float-little>>) || F <- Fs],
    F16 = [?T(<<F:16/float>>) || F <- Fs],
    Decode = [?T(decode(B)) || B <- id([<<0:64>>, <<1:64>>, <<16#7FF0000000000000:64>>, <<16#FFF0000000000000:64>>,
                                         <<16#7FF8000000000000:64>>, <<16#7FEFFFFFFFFFFFFF:64>>, <<16#8000000000000000:64>>,
                                         <<16#3FF0000000000000:64>>, <<16#7F800000:32>>, <<16#7FC00000:32>>,
                                         <<16#00000001:32>>, <<16#3C00:16>>, <<16#7C00:16>>, <<16#0001:16>>,
                                         <<16#C000:16>>, <<1, 2, 3>>])],
    Sized = [?T(sized(S)) || S <- [16, 32, 64, 8, 24, 128]],
    Units = [?T(<<F:2/float-unit:32>>) || F <- [1.5, -0.125]],
    {F64, F64L, F32, F32L, F16, Decode, Sized, Units}.

decode(<<F:64/float>>) -> {f64, F};
decode(<<F:32/float>>) -> {f32, F};
decode(<<F:16/float>>) -> {f16, F};
decode(<<F:64/float-little>>) -> {f64le, F};
decode(B) -> {nomatch, B}.

sized(S) ->
    B = <<1.25:S/float>>,
    <<X:S/float>> = B,
    {B, X}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
