-module(arith_loops).
-export([start/0]).

%% Recursive integer algorithms: factorials, Fibonacci, gcd, modular powers, Collatz,
%% integer square roots, digit sums. They cross into bignums and come back.

start() ->
    Fact = [fact(N) || N <- [0, 1, 5, 20, 21, 25, 30]],
    Fib = [fib(N, 0, 1) || N <- [0, 1, 2, 50, 90, 91, 92, 93, 100, 150]],
    Gcd = [gcd(A, B) || {A, B} <- [{12, 18}, {17, 5}, {0, 9}, {fact(30), fact(20) * 7},
                                   {(1 bsl 64) - 1, (1 bsl 32) - 1}, {-48, 36}]],
    PowMod = [powmod(B, E, M) || {B, E, M} <- [{2, 10, 1000}, {3, 200, 1000000007},
                                                {7, 1 bsl 40, (1 bsl 61) - 1}, {12345, 6789, 97}]],
    Collatz = [collatz(N, 0) || N <- [1, 7, 27, 97, 871, 77031]],
    Isqrt = [isqrt(N) || N <- [0, 1, 15, 16, 17, 1 bsl 62, (1 bsl 62) - 1, fact(25), 1 bsl 121]],
    Digits = [digit_sum(fact(N), 0) || N <- [10, 50, 100]],
    Sum = sum_to(100000, 0),
    Tri = [N * (N + 1) div 2 || N <- [10, 1 bsl 30, 1 bsl 31, 1 bsl 40]],
    {Fact, Fib, Gcd, PowMod, Collatz, Isqrt, Digits, Sum, Tri}.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

gcd(A, 0) -> abs(A);
gcd(A, B) -> gcd(B, A rem B).

powmod(_, 0, _) -> 1;
powmod(B, E, M) when E rem 2 =:= 0 -> H = powmod(B, E div 2, M), H * H rem M;
powmod(B, E, M) -> B * powmod(B, E - 1, M) rem M.

collatz(1, Steps) -> Steps;
collatz(N, Steps) when N band 1 =:= 0 -> collatz(N bsr 1, Steps + 1);
collatz(N, Steps) -> collatz(3 * N + 1, Steps + 1).

isqrt(0) -> 0;
isqrt(N) -> isqrt_iter(N, N).
isqrt_iter(N, X) ->
    Y = (X + N div X) div 2,
    if Y >= X -> X; true -> isqrt_iter(N, Y) end.

digit_sum(0, Acc) -> Acc;
digit_sum(N, Acc) -> digit_sum(N div 10, Acc + N rem 10).

sum_to(0, Acc) -> Acc;
sum_to(N, Acc) -> sum_to(N - 1, Acc + N * N).
