%% Several processes updating one public table at once: update_counter is atomic, so the
%% totals are exact; insert_new lets exactly one process win each key.
-module(ets_procs_counters).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    T = ets:new(ets_procs_counters_t, [set, public, {write_concurrency, true}]),
    ets:insert(T, [{total, 0}, {odd, 0}, {even, 0}]),
    Self = self(),
    N = 8,
    K = 2000,
    Workers = [spawn(fun() ->
                             [begin
                                  ets:update_counter(T, total, 1),
                                  ets:update_counter(T, case J rem 2 of 0 -> even; 1 -> odd end, {2, J})
                              end || J <- lists:seq(1, K)],
                             Wins = length([Key || Key <- lists:seq(1, 100),
                                                   ets:insert_new(T, {{claim, Key}, I})]),
                             Self ! {done, self(), Wins}
                     end) || I <- lists:seq(1, N)],
    Wins = lists:sum([receive {done, W, X} -> X end || W <- Workers]),
    Claims = length(ets:match(T, {{claim, '_'}, '_'})),
    {ets:lookup(T, total), ets:lookup(T, odd), ets:lookup(T, even), Wins, Claims}.

start() ->
    isolated(fun run/0).
