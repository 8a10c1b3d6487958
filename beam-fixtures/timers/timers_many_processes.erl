%% Timers set by many processes to one receiver, and by one process to many receivers:
%% every message arrives once (collected and sorted).
-module(timers_many_processes).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    Self = self(),
    N = 500,
    [spawn(fun() -> erlang:send_after(I rem 37, Self, {from, I}) end) || I <- lists:seq(1, N)],
    From = lists:sort([receive {from, I} -> I end || _ <- lists:seq(1, N)]),
    Receivers = [spawn(fun() -> receive {timeout, _, I} -> Self ! {got, I} end end) || _ <- lists:seq(1, N)],
    [erlang:start_timer(I rem 23, P, I) || {I, P} <- lists:zip(lists:seq(1, N), Receivers)],
    Got = lists:sort([receive {got, I} -> I end || _ <- lists:seq(1, N)]),
    {From =:= lists:seq(1, N), Got =:= lists:seq(1, N), flush()}.

start() ->
    isolated(fun run/0).
