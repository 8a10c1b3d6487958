%% Benchmark: maps: building small and large maps, updates, lookups, iteration, merges.
-module(bench_maps).
-export([quick/0, run/0, run/1, run/2]).

run() -> run(20).

%% A tiny size, for `beamos bench --check`.
quick() -> run(1, 20).

%% Times rounds over maps of 50000 and 20000 keys divided by Shrink.
run(Times) -> run(Times, 1).

run(Times, Shrink) -> lists:sum([one_round(50000 div Shrink, 20000 div Shrink) || _ <- lists:seq(1, Times)]).

one_round(BigN, SmallN) ->
    Big = lists:foldl(fun(I, M) -> M#{I => I * 2} end, #{}, lists:seq(1, BigN)),
    Sum1 = lists:foldl(fun(I, Acc) -> Acc + maps:get(I, Big) end, 0, lists:seq(1, BigN, 3)),
    Big2 = maps:map(fun(_, V) -> V + 1 end, Big),
    Sum2 = maps:fold(fun(_, V, Acc) -> Acc + V end, 0, Big2),
    Small = [#{a => I, b => I + 1, c => I + 2} || I <- lists:seq(1, SmallN)],
    Sum3 = lists:sum([A + C || #{a := A, c := C} <- [M#{c := 0} || M <- Small]]),
    Merged = maps:merge(maps:from_list([{K, K} || K <- lists:seq(1, SmallN)]), Big2),
    Sum4 = map_size(Merged) + maps:get(1, Merged),
    Filtered = maps:filter(fun(K, _) -> K rem 7 =:= 0 end, Big),
    (Sum1 + Sum2 + Sum3 + Sum4 + map_size(Filtered)) rem 1000000007.
