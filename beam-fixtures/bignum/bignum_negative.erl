-module(bignum_negative).
-export([start/0]).

%% Negative bignums: sign handling in every operation, two's-complement views via bit
%% operations and bit syntax, and negation at the small/big boundary in both directions.

start() ->
    Ns = id([-(1 bsl 59), -(1 bsl 59) - 1, -(1 bsl 63), -(1 bsl 64), -(1 bsl 64) + 1, -(1 bsl 100) - 12345,
             -fact(30)]),
    Ops = [{-N, abs(N), N + 1, N - 1, N * -1, N * N, N div 7, N rem 7, N div -7, N rem -7,
            N band 16#FFFF, N bor 1, N bxor -1, bnot N, N bsr 3, N bsl 3} || N <- Ns],
    Pairs = [{A + B, A - B, A * B, A div B, A rem B} || A <- Ns, B <- Ns],
    Bits = [<<N:72/signed>> || N <- Ns],
    BackToSmall = [N + (1 bsl 64) || N <- [-(1 bsl 64), -(1 bsl 64) + 5]] ++ [-(-(1 bsl 59)) - 1],
    {Ops, Pairs, Bits, BackToSmall}.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

id(X) -> X.
