-module(bitsyntax_float_segments).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Float segments in construction and matching with every size, unit and endianness the
%% syntax allows, values that overflow the narrower formats, and integers given to float
%% segments.

start() ->
    Vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1.0e10, 65504.0, 1.0e38, 1.0e39, 1.0e-40, 3, -7],
    Enc = [[?T(enc(V, S)) || S <- [16, 32, 64]] || V <- Vals],
    Dec = [[?T(dec(B)) || B <- [<<V:64/float>>, <<V:32/float-little>>, <<V:16/float-native>>]] || V <- [1.0, -2.5, 0.333]],
    Units = [?T(<<(1.0):1/float-unit:64>>), ?T(<<(1.0):4/float-unit:8>>), ?T(<<(1.0):8/float-unit:2>>)],
    {Enc, Dec, Units}.

enc(V, S) -> B = <<V:S/float>>, <<X:S/float>> = B, {B, X}.

dec(<<F:64/float>>) -> {64, F};
dec(<<F:32/float-little>>) -> {32, F};
dec(<<F:16/float-native>>) -> {16, F}.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
