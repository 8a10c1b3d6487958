-module(strings_utf16_surrogates).
-export([start/0]).

%% Surrogate pairs by hand: encoding supplementary code points to UTF-16 code units with
%% arithmetic, decoding pairs back, lone surrogates detected, and agreement with the
%% utf16 bit-syntax type.

start() ->
    Cps = [16#10000, 16#1F600, 16#10FFFF, 16#FFFF, 16#E9, 16#D7FF, 16#E000],
    Units = [encode(C) || C <- Cps],
    Back = [decode(U) || U <- Units],
    Syntax = [[U || <<U:16>> <= <<C/utf16>>] =:= encode(C) || C <- Cps],
    Lone = [classify(U) || U <- [16#D800, 16#DBFF, 16#DC00, 16#DFFF, 16#D7FF, 16#E000]],
    {Units, Back =:= Cps, Syntax, Lone}.

encode(C) when C >= 16#10000 -> V = C - 16#10000, [16#D800 + (V bsr 10), 16#DC00 + (V band 16#3FF)];
encode(C) -> [C].

decode([H, L]) -> 16#10000 + ((H - 16#D800) bsl 10) + (L - 16#DC00);
decode([C]) -> C.

classify(U) when U >= 16#D800, U =< 16#DBFF -> high;
classify(U) when U >= 16#DC00, U =< 16#DFFF -> low;
classify(_) -> not_surrogate.
