-module(bignum_arith).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Arithmetic on bignums of many limbs: long multiplication, division with divisors whose
%% top limbs stress quotient estimation, and carries that ripple through every limb.

start() ->
    F100 = fact(100),
    F60 = fact(60),
    AllOnes = (1 bsl 256) - 1,
    Big = id([F100, -F60, AllOnes, (1 bsl 192) + 1, (1 bsl 128) - 1,
              16#FFFFFFFFFFFFFFFF0000000000000000FFFFFFFFFFFFFFFF, -(7 bsl 129)]),
    Small = id([1, -7, 1 bsl 32, (1 bsl 59) - 1, -(1 bsl 59)]),
    Add = [A + B || A <- Big, B <- Big ++ Small],
    Sub = [A - B || A <- Big, B <- Big ++ Small],
    Mul = [A * B || A <- Big, B <- Big ++ Small],
    Div = [?T({A div B, A rem B}) || A <- Big, B <- Big ++ Small],
    Carry = [AllOnes + 1, AllOnes * AllOnes, (AllOnes + 1) - 1, -AllOnes - 1,
             ((1 bsl 64) - 1) * ((1 bsl 64) - 1), (1 bsl 128) div ((1 bsl 64) - 1),
             (1 bsl 128) rem ((1 bsl 64) - 1), (1 bsl 4096) div ((1 bsl 4095) + 1)],
    BackToSmall = [(F100 + 5) - F100, F100 div F100, (F100 * 3) div F100, F100 rem F100,
                   -F100 div F100, (1 bsl 59) - (1 bsl 59) + 1, ((1 bsl 64) + 9) rem (1 bsl 64)],
    Types = [is_integer(X) || X <- BackToSmall],
    {Add, Sub, Mul, Div, Carry, BackToSmall, Types}.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
