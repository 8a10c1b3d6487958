-module(bignum_bitops).
-export([start/0]).

%% Bitwise operations on bignums of unequal lengths and both signs (two's complement
%% of infinite width), and shifts that move whole limbs and partial limbs.

start() ->
    A = id(16#0123456789ABCDEF_FEDCBA9876543210_0F0F0F0F0F0F0F0F_F0F0F0F0F0F0F0F0),
    B = id(-16#FFFFFFFFFFFFFFFF_0000000000000001),
    C = id(-(1 bsl 200)),
    D = id((1 bsl 70) + 5),
    E = id(-1),
    F = id(16#5555),
    Vals = [A, B, C, D, E, F, -A, -D, bnot A, bnot C],
    Ops = [{X band Y, X bor Y, X bxor Y} || X <- Vals, Y <- Vals],
    Shifts = [{X bsl S, X bsr S} || X <- Vals, S <- [1, 13, 63, 64, 65, 127, 128, 129, 250]],
    %% bsr of a negative bignum rounds toward minus infinity.
    NegShift = [{-((1 bsl 100) + 1) bsr N, -(1 bsl 100) bsr N} || N <- [1, 50, 99, 100, 101, 200]],
    Masks = [(A bsr (N * 16)) band 16#FFFF || N <- lists:seq(0, 15)],
    Popcount = [popcount(X, 0) || X <- [A, D, F, (1 bsl 300) - 1]],
    Laws = lists:all(fun({X, Y}) ->
                             bnot (X band Y) =:= (bnot X) bor (bnot Y)
                                 andalso (X bxor Y) bxor Y =:= X
                     end, [{X, Y} || X <- Vals, Y <- Vals]),
    {Ops, Shifts, NegShift, Masks, Popcount, Laws}.

popcount(0, Acc) -> Acc;
popcount(X, Acc) -> popcount(X bsr 1, Acc + (X band 1)).

id(X) -> X.
