%% Concurrency benchmark: spawn 200,000 short processes and join them all (each computes a
%% little, sends its result to the parent and exits), in batches of 10,000 at a time.
-module(bench_spawn_storm).
-export([quick/0, run/0, run/2]).

run() -> run(200000, 10000).

%% A tiny size, for `beamos bench --check`.
quick() -> run(2000, 500).

run(Total, Batch) -> batches(Total, Batch, 0, 0).

batches(0, _, Sum, Joined) -> {Joined, Sum};
batches(Left, Batch, Sum, Joined) ->
    N = min(Left, Batch),
    Self = self(),
    Base = Left * 7,
    [spawn(fun() -> Self ! {r, (Base + I) rem 1000} end) || I <- lists:seq(1, N)],
    S = collect(N, 0),
    batches(Left - N, Batch, Sum + S, Joined + N).

collect(0, Acc) -> Acc;
collect(N, Acc) -> receive {r, X} -> collect(N - 1, Acc + X) end.
