%% Benchmark: quicksort with list comprehensions over pseudo-random integers (a fixed LCG,
%% so no dependence on rand's implementation).
-module(bench_qsort).
-export([quick/0, run/0, run/1, run/2]).

run() -> run(17).

%% A tiny size, for `beamos bench --check`.
quick() -> run(1, 5000).

%% Times sorts of Length pseudo-random integers.
run(Times) -> run(Times, 100000).

run(Times, Length) ->
    L = lcg(Length, 12345, []),
    lists:sum([checksum(qsort(L)) || _ <- lists:seq(1, Times)]) rem 1000000007.

lcg(0, _, Acc) -> Acc;
lcg(N, X, Acc) ->
    X2 = (X * 1103515245 + 12345) band 16#7fffffff,
    lcg(N - 1, X2, [X2 rem 1000000 | Acc]).

qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).

checksum(L) -> checksum(L, 1, 0).
checksum([], _, Acc) -> Acc;
checksum([H | T], I, Acc) -> checksum(T, I + 1, (Acc + H * I) rem 1000000007).
