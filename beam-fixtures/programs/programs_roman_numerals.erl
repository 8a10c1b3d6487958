-module(programs_roman_numerals).
-export([start/0]).

%% Roman numerals both ways with validation, plus base conversions by repeated division and
%% a Luhn checksum: small integer loops with lists of digits.

start() ->
    Roman = [to_roman(N) || N <- [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]],
    Back = [from_roman(R) || R <- Roman],
    Luhn = [luhn(D) || D <- ["79927398713", "79927398710", "4539578763621486", "0"]],
    Bases = [{N, to_base(N, B)} || {N, B} <- [{255, 2}, {255, 16}, {1 bsl 40, 36}, {0, 7}, {123456789, 3}]],
    {Roman, Back, Luhn, Bases}.

to_roman(0) -> [];
to_roman(N) ->
    {V, S} = hd([P || {V1, _} = P <- [{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
                                     {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}], V1 =< N]),
    S ++ to_roman(N - V).

from_roman(S) -> from_roman([val(C) || C <- S], 0).
from_roman([A, B | T], Acc) when A < B -> from_roman([B | T], Acc - A);
from_roman([A | T], Acc) -> from_roman(T, Acc + A);
from_roman([], Acc) -> Acc.

val($I) -> 1; val($V) -> 5; val($X) -> 10; val($L) -> 50; val($C) -> 100; val($D) -> 500; val($M) -> 1000.

luhn(Digits) ->
    {Sum, _} = lists:foldl(fun(C, {S, Double}) ->
                                   D = C - $0,
                                   D2 = if Double -> D * 2; true -> D end,
                                   {S + D2 div 10 + D2 rem 10, not Double}
                           end, {0, false}, lists:reverse(Digits)),
    Sum rem 10 =:= 0.

to_base(0, _) -> "0";
to_base(N, B) -> to_base(N, B, []).
to_base(0, _, Acc) -> Acc;
to_base(N, B, Acc) -> D = N rem B, to_base(N div B, B, [if D < 10 -> $0 + D; true -> $a + D - 10 end | Acc]).
