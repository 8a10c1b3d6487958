-module(maps_update_loops).
-export([start/0]).

%% Maps updated many times in loops: counters keyed by integers (crossing the 32-key flat
%% limit), accumulating lists per key, and replacing every value once per pass.

start() ->
    Counts = lists:foldl(fun(X, M) -> maps:update_with(X rem 50, fun(C) -> C + 1 end, 1, M) end, #{}, lists:seq(1, 10000)),
    Lists = lists:foldl(fun(X, M) -> M#{X rem 7 => [X | maps:get(X rem 7, M, [])]} end, #{}, lists:seq(1, 40)),
    Passes = lists:foldl(fun(_, M) -> maps:map(fun(_, V) -> V * 2 end, M) end, maps:from_list([{K, 1} || K <- lists:seq(1, 40)]), lists:seq(1, 10)),
    {Counts, Lists, Passes, map_size(Counts)}.
