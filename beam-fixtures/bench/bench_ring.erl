%% Concurrency benchmark: a ring of 10,000 processes passing one message around 100 times
%% (1,000,000 sends and receives, each to the next process in the ring).
-module(bench_ring).
-export([quick/0, run/0, run/2]).

run() -> run(10000, 100).

%% A tiny size, for `beamos bench --check`.
quick() -> run(100, 10).

run(N, Laps) ->
    Self = self(),
    First = spawn(fun() -> first(Self, Laps) end),
    Last = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end, First, lists:seq(2, N)),
    First ! {next, Last},
    First ! {token, 0},
    receive {done, Hops} -> ok end,
    {N, Laps, Hops}.

%% The first process closes the ring and counts laps; the ring runs "backwards" from the
%% last spawned process to the first, which makes no difference to the work.
first(Parent, Laps) ->
    receive {next, Next} -> first(Parent, Next, Laps, 0) end.

first(Parent, Next, Laps, Lap) ->
    receive
        {token, Hops} when Lap =:= Laps ->
            Next ! stop,
            Parent ! {done, Hops};
        {token, Hops} ->
            Next ! {token, Hops + 1},
            first(Parent, Next, Laps, Lap + 1)
    end.

relay(Next) ->
    receive
        {token, Hops} -> Next ! {token, Hops + 1}, relay(Next);
        stop -> Next ! stop
    end.
