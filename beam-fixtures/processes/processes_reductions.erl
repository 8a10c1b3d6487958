%% Reductions grow as a process works (only relations are checked: the counts are the
%% implementation's); a busy process is preempted so others still run (a spinning process
%% cannot starve the others, even with one scheduler).
-module(processes_reductions).
-export([start/0]).
-include("../include/fixture_procs.hrl").

spin() ->
    receive stop -> ok after 0 -> spin() end.

work(0, Acc) -> Acc;
work(N, Acc) -> work(N - 1, Acc + N rem 7).

run() ->
    Self = self(),
    P = spawn(fun() -> receive go -> ok end, Self ! {result, work(100000, 0)}, receive stop -> ok end end),
    waiting = await_status(P, waiting),
    {reductions, R1} = process_info(P, reductions),
    P ! go,
    Result = receive {result, X} -> X end,
    {reductions, R2} = process_info(P, reductions),
    P ! stop,
    %% Spinners on every scheduler, and still a ping-pong gets through.
    Spinners = [spawn(fun spin/0) || _ <- lists:seq(1, erlang:system_info(schedulers_online) + 2)],
    Echo = spawn(fun() -> receive {ping, From} -> From ! pong end end),
    Echo ! {ping, self()},
    Pong = receive pong -> pong end,
    [S ! stop || S <- Spinners],
    {reductions, Mine} = process_info(self(), reductions),
    {Result, R2 > R1, R2 - R1 > 1000, Pong, Mine > 0}.

start() ->
    isolated(fun run/0).
