%% Benchmark: binary-trees (allocation of many short-lived tuples, GC), as in the
%% benchmarks game, sequential.
-module(bench_binarytrees).
-export([quick/0, run/0, run/1]).

run() -> run(18).

%% A tiny size, for `beamos bench --check`.
quick() -> run(6).

run(MaxDepth) ->
    Stretch = check(make(MaxDepth + 1)),
    Long = make(MaxDepth),
    Iters = [begin
                 N = 1 bsl (MaxDepth - D + 4),
                 {N, D, sum_checks(N, D, 0)}
             end || D <- lists:seq(4, MaxDepth, 2)],
    {Stretch, Iters, check(Long)}.

sum_checks(0, _, Acc) -> Acc;
sum_checks(N, D, Acc) -> sum_checks(N - 1, D, Acc + check(make(D))).

make(0) -> {nil, nil};
make(D) -> {make(D - 1), make(D - 1)}.

check({nil, nil}) -> 1;
check({L, R}) -> 1 + check(L) + check(R).
