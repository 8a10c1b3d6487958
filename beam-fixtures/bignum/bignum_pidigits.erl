-module(bignum_pidigits).
-export([start/0]).

%% A spigot for the digits of pi and e (Gibbons' streaming algorithm), plus large powers and
%% Fibonacci numbers: long chains of bignum multiply, add and divide.

start() ->
    Pi = pi_digits(120),
    E = e_digits(60),
    Powers = [pow(3, 200), pow(-7, 77), pow(10, 60) - 1, pow(2, 521) - 1],
    Fib1000 = fib(1000, 0, 1),
    F500 = fact(500),
    {Pi, E, Powers, Fib1000, length(integer_to_list(F500)), F500 rem 1000000007,
     integer_to_list(F500 div pow(10, 1100))}.

pi_digits(N) -> pi(N, 1, 0, 1, 1, 3, 3, []).

pi(0, _Q, _R, _T, _K, _N, _L, Acc) -> lists:reverse(Acc);
pi(Count, Q, R, T, K, N, L, Acc) ->
    if 4 * Q + R - T < N * T ->
            pi(Count - 1, 10 * Q, 10 * (R - N * T), T, K, (10 * (3 * Q + R)) div T - 10 * N, L, [N | Acc]);
       true ->
            pi(Count, Q * K, (2 * Q + R) * L, T * L, K + 1, (Q * (7 * K + 2) + R * L) div (T * L), L + 2, Acc)
    end.

%% e = sum 1/k!, computed as a scaled bignum.
e_digits(N) ->
    Scale = pow(10, N + 10),
    Sum = e_sum(1, Scale, Scale),
    integer_to_list(Sum div pow(10, 10)).

e_sum(_K, 0, Acc) -> Acc;
e_sum(K, Term, Acc) -> Next = Term div K, e_sum(K + 1, Next, Acc + Next).

pow(_, 0) -> 1;
pow(B, E) when E rem 2 =:= 0 -> H = pow(B, E div 2), H * H;
pow(B, E) -> B * pow(B, E - 1).

fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).
