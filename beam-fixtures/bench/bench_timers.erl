%% Concurrency benchmark: 10,000 processes sleeping in receive ... after, each several
%% times with different short timeouts, then reporting; most time is spent waiting, so this
%% measures the timer structure and wake-ups (and an idle scheduler must not spin).
-module(bench_timers).
-export([quick/0, run/0, run/2]).

run() -> run(10000, 15).

%% A tiny size, for `beamos bench --check`.
quick() -> run(100, 2).

run(N, Sleeps) ->
    Self = self(),
    [spawn(fun() -> sleeper(I, Sleeps, Self) end) || I <- lists:seq(1, N)],
    Total = collect(N, 0),
    {N, Total}.

sleeper(I, Sleeps, Parent) ->
    lists:foreach(fun(K) -> receive after (I + K) rem 40 -> ok end end, lists:seq(1, Sleeps)),
    Parent ! {slept, Sleeps}.

collect(0, Acc) -> Acc;
collect(N, Acc) -> receive {slept, S} -> collect(N - 1, Acc + S) end.
