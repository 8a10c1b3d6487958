-module(bignum_factorials).
-export([start/0]).

%% Factorials, double factorials and primorials up to a few thousand bits, with trailing
%% zero counts and digit sums as cross-checks.

start() ->
    F = [fact(N) || N <- [20, 21, 50, 100, 170, 171]],
    Zeros = [{N, trailing_zeros(fact(N))} || N <- [10, 25, 100, 250]],
    DSum = [digit_sum(fact(N)) || N <- [100, 300]],
    Double = [dfact(N) || N <- [9, 10, 31, 50]],
    Primorial = lists:foldl(fun(P, A) -> A * P end, 1, [P || P <- lists:seq(2, 200), prime(P)]),
    {F, Zeros, DSum, Double, Primorial, fact(171) > 1.0e308}.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).
dfact(N) when N =< 1 -> 1;
dfact(N) -> N * dfact(N - 2).
trailing_zeros(N) when N rem 10 =:= 0 -> 1 + trailing_zeros(N div 10);
trailing_zeros(_) -> 0.
digit_sum(0) -> 0;
digit_sum(N) -> N rem 10 + digit_sum(N div 10).
prime(N) -> lists:all(fun(D) -> N rem D =/= 0 end, lists:seq(2, trunc(math:sqrt(N)))).
