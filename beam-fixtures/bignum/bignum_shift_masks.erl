-module(bignum_shift_masks).
-export([start/0]).

%% Building and taking apart bignums bit by bit: masks of every width, single-bit tests,
%% setting and clearing bits, two's complement fields of negatives.

start() ->
    X = 16#F0E1D2C3B4A5968778695A4B3C2D1E0F_123456789ABCDEF,
    Masks = [X band ((1 bsl W) - 1) || W <- [1, 7, 8, 31, 32, 59, 60, 63, 64, 65, 100, 128, 180]],
    Bits = [(X bsr B) band 1 || B <- lists:seq(0, 190, 10)],
    Set = lists:foldl(fun(B, Acc) -> Acc bor (1 bsl B) end, 0, [0, 59, 60, 64, 128, 129]),
    Clear = lists:foldl(fun(B, Acc) -> Acc band bnot (1 bsl B) end, (1 bsl 130) - 1, [0, 59, 60, 64, 128, 129]),
    Neg = [(-X bsr S) band 16#FFFF || S <- [0, 16, 60, 64, 120, 176, 200]],
    Fields = [<<(-X):200/signed>>, <<X:184>>],
    {Masks, Bits, Set, Clear, Neg, Fields}.
