%% is_process_alive/1 and processes/0: membership of living, finished and killed processes.
-module(processes_alive_and_list).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    Waiters = [spawn_waiter() || _ <- lists:seq(1, 20)],
    AliveBefore = [is_process_alive(P) || P <- Waiters],
    All1 = processes(),
    InList1 = [lists:member(P, All1) || P <- Waiters],
    SelfIn = lists:member(self(), All1),
    AllPids = lists:all(fun is_pid/1, All1),
    Unique = length(All1) =:= length(lists:usort(All1)),
    {Stop, Kill} = lists:split(10, Waiters),
    [stop_waiter(P) || P <- Stop],
    [killed = kill_and_wait(P) || P <- Kill],
    AliveAfter = [is_process_alive(P) || P <- Waiters],
    All2 = processes(),
    InList2 = [lists:member(P, All2) || P <- Waiters],
    Self = is_process_alive(self()),
    Bad = [catching(fun() -> is_process_alive(id(self_atom)) end),
           catching(fun() -> is_process_alive(id(make_ref())) end)],
    %% The count grows and shrinks by exactly what we spawn (others may come and go too, so
    %% only our own are counted).
    Ours = [spawn_waiter() || _ <- lists:seq(1, 5)],
    All3 = processes(),
    Counted = length([P || P <- Ours, lists:member(P, All3)]),
    [stop_waiter(P) || P <- Ours],
    {AliveBefore, InList1, SelfIn, AllPids, Unique, AliveAfter, InList2, Self, Bad, Counted,
     lists:any(fun(P) -> lists:member(P, processes()) end, Ours)}.

start() ->
    isolated(fun run/0).
