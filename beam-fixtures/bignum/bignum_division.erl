-module(bignum_division).
-export([start/0]).

%% Long division where quotient-digit estimation is hardest: divisors with a top limb of all
%% ones, dividends just below multiples of the divisor, one-limb remainders, and quotients
%% that are exactly powers of two. Every result is verified by the division identity too.

start() ->
    W = 1 bsl 64,
    Divisors = [W - 1, W + 1, (W - 1) * W + (W - 1), W * W - 1, (1 bsl 127) + 1, (1 bsl 63) + 1,
                (1 bsl 96) - (1 bsl 32), 16#8000000000000000_0000000000000001, 3, 10, 1 bsl 59,
                (1 bsl 59) - 1, 1000000007, -((1 bsl 80) + 13)],
    Dividends = [W * W * W - 1, (1 bsl 256) - 1, 1 bsl 255, ((W - 1) * W + (W - 1)) * 12345 - 1,
                 -(1 bsl 200) - 3, (1 bsl 191) + (1 bsl 64) + 1, 10 bsl 300, 1],
    Results = [{A div B, A rem B} || A <- Dividends, B <- Divisors],
    Identity = lists:all(fun({A, B}) -> A =:= (A div B) * B + A rem B andalso abs(A rem B) < abs(B) end,
                         [{A, B} || A <- Dividends, B <- Divisors]),
    Exact = [(D * Q) div D =:= Q andalso (D * Q) rem D =:= 0 || D <- Divisors, Q <- [1, W, W * W + 7]],
    Repeated = repeated_div(1 bsl 1000, 1000000007, 0),
    {Results, Identity, lists:all(fun(X) -> X end, Exact), Repeated}.

%% Divide a huge number down to zero, summing the remainders.
repeated_div(0, _, Acc) -> Acc;
repeated_div(N, D, Acc) -> repeated_div(N div D, D, Acc + N rem D).
