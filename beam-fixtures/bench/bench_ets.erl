%% Concurrency benchmark: ETS with mixed operations: inserts, lookups, update_counter,
%% select with a match specification and deletes on a set and an ordered_set, by four
%% processes at once on public tables (each on its own key range, so the result is fixed).
-module(bench_ets).
-export([quick/0, run/0, run/1]).

run() -> run(90000).

%% A tiny size, for `beamos bench --check`.
quick() -> run(500).

run(PerWorker) ->
    Set = ets:new(bench_ets_set, [set, public, {write_concurrency, true}, {read_concurrency, true}]),
    Ord = ets:new(bench_ets_ord, [ordered_set, public]),
    Self = self(),
    Workers = [spawn(fun() -> Self ! {done, self(), work(W, PerWorker, Set, Ord)} end) || W <- lists:seq(0, 3)],
    Sums = [receive {done, P, S} -> S end || P <- Workers],
    Result = {lists:sum(Sums), ets:info(Set, size), ets:info(Ord, size)},
    ets:delete(Set),
    ets:delete(Ord),
    Result.

work(W, N, Set, Ord) ->
    Base = W * N,
    [ets:insert(Set, {Base + I, I, I rem 10}) || I <- lists:seq(1, N)],
    [ets:insert(Ord, {{W, I}, I}) || I <- lists:seq(1, N, 4)],
    Hits = lists:sum([element(2, hd(ets:lookup(Set, Base + I))) || I <- lists:seq(1, N, 3)]),
    ets:insert(Set, {{counter, W}, 0}),
    [ets:update_counter(Set, {counter, W}, I rem 5) || I <- lists:seq(1, N div 2)],
    [{_, Counter}] = ets:lookup(Set, {counter, W}),
    Sel = length(ets:select(Set, [{{'$1', '$2', 3}, [{'>', '$1', Base}, {'=<', '$1', Base + N}], ['$2']}])),
    Range = length(ets:select(Ord, [{{{W, '$1'}, '_'}, [{'<', '$1', N div 2}], ['$1']}])),
    [ets:delete(Set, Base + I) || I <- lists:seq(1, N, 2)],
    Hits + Counter + Sel + Range.
