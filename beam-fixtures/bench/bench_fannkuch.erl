%% Benchmark: fannkuch-redux (permutations, list reversal of prefixes), checksum and maximum
%% flips as in the benchmarks game.
-module(bench_fannkuch).
-export([quick/0, run/0, run/1, run/2]).

run() -> run(9, 3).

%% A tiny size, for `beamos bench --check`.
quick() -> run(6, 1).

run(N, Times) -> lists:last([run(N) || _ <- lists:seq(1, Times)]).

run(N) ->
    {Checksum, MaxFlips, _} =
        lists:foldl(fun(P, {C, M, I}) ->
                            F = flips(P, 0),
                            Sign = if I rem 2 =:= 0 -> 1; true -> -1 end,
                            {C + Sign * F, max(M, F), I + 1}
                    end, {0, 0, 0}, perms(lists:seq(1, N))),
    {Checksum, MaxFlips}.

flips([1 | _], N) -> N;
flips([H | _] = L, N) ->
    {A, B} = lists:split(H, L),
    flips(lists:reverse(A, B), N + 1).

%% Permutations in the order of the benchmark's rotation algorithm.
perms(L) -> lists:reverse(perms(L, length(L), [])).

perms(L, 1, Acc) -> [L | Acc];
perms(L, K, Acc) -> rotate_all(L, K, K, Acc).

rotate_all(_, _, 0, Acc) -> Acc;
rotate_all(L, K, Left, Acc) ->
    Acc2 = perms(L, K - 1, Acc),
    {Pre, Post} = lists:split(K, L),
    [H | T] = Pre,
    rotate_all(T ++ [H] ++ Post, K, Left - 1, Acc2).
