%% Benchmark: digits of pi by the unbounded spigot algorithm (bignum arithmetic).
-module(bench_pidigits).
-export([quick/0, run/0, run/1]).

run() -> run(3500).

%% A tiny size, for `beamos bench --check`.
quick() -> run(200).

run(N) ->
    Digits = digits(N, 1, 0, 1, 1, 3, 3, []),
    {length(Digits), lists:sublist(Digits, 20), lists:sum(Digits)}.

digits(0, _, _, _, _, _, _, Acc) -> lists:reverse(Acc);
digits(N, Q, R, T, K, M, X, Acc) ->
    case 4 * Q + R - T < M * T of
        true ->
            digits(N - 1, 10 * Q, 10 * (R - M * T), T, K, (10 * (3 * Q + R)) div T - 10 * M, X, [M | Acc]);
        false ->
            digits(N, Q * K, (2 * Q + R) * X, T * X, K + 1, (Q * (7 * K + 2) + R * X) div (T * X), X + 2, Acc)
    end.
