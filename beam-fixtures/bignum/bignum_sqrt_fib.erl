-module(bignum_sqrt_fib).
-export([start/0]).

%% Integer square roots by Newton's method on bignums, Fibonacci by fast doubling,
%% Catalan numbers and binomials: recursive bignum workloads with exact answers.

start() ->
    Roots = [{N, isqrt(N)} || N <- [pow(10, 40), pow(10, 40) - 1, pow(2, 255), fact(60), 2 * pow(10, 100)]],
    Check = lists:all(fun({N, R}) -> R * R =< N andalso (R + 1) * (R + 1) > N end, Roots),
    Fibs = [{N, fib(N)} || N <- [0, 1, 2, 10, 93, 94, 300, 1000]],
    Catalan = [catalan(N) || N <- [0, 1, 5, 10, 30, 60]],
    Binom = [binom(N, K) || {N, K} <- [{10, 3}, {100, 50}, {200, 100}, {64, 32}, {1000, 3}]],
    Sqrt2 = isqrt(2 * pow(10, 120)),
    {Roots, Check, Fibs, Catalan, Binom, Sqrt2}.

isqrt(0) -> 0;
isqrt(N) -> newton(N, 1 bsl ((ilog2(N) div 2) + 1)).
newton(N, X) ->
    Y = (X + N div X) bsr 1,
    if Y >= X -> X; true -> newton(N, Y) end.

ilog2(1) -> 0;
ilog2(N) -> 1 + ilog2(N bsr 1).

fib(N) -> element(1, fib_pair(N)).
fib_pair(0) -> {0, 1};
fib_pair(N) ->
    {A, B} = fib_pair(N bsr 1),
    C = A * (2 * B - A),
    D = A * A + B * B,
    if N band 1 =:= 0 -> {C, D}; true -> {D, C + D} end.

catalan(N) -> binom(2 * N, N) div (N + 1).

binom(N, K) -> fact(N) div (fact(K) * fact(N - K)).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).
