%% erlang:monitor/2 on pids: a 'DOWN' message per monitor with the exit reason, demonitor/1
%% stops it, monitoring twice gives two independent monitors, monitoring self never fires.
-module(monitors_basic).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    W = spawn_waiter(),
    R1 = erlang:monitor(process, W),
    R2 = erlang:monitor(process, W),
    R3 = erlang:monitor(process, W),
    Distinct = length(lists:usort([R1, R2, R3])) =:= 3,
    {monitored_by, By} = process_info(W, monitored_by),
    {monitors, Ms} = process_info(self(), monitors),
    D1 = erlang:demonitor(R2),
    D2 = erlang:demonitor(R2),
    {monitored_by, By2} = process_info(W, monitored_by),
    W ! {stop, self()},
    receive {stopped, W} -> ok end,
    %% Two 'DOWN' messages (R1 and R3), none for the removed R2; in the order the monitors
    %% were made is not promised, so look for each.
    Down1 = receive {'DOWN', R1, process, W, Why1} -> {r1, Why1} end,
    Down3 = receive {'DOWN', R3, process, W, Why3} -> {r3, Why3} end,
    None2 = receive {'DOWN', R2, _, _, _} -> got_r2 after 50 -> no_r2 end,
    %% demonitor after the 'DOWN' arrived: true, and the message stays.
    W2 = spawn_waiter(),
    R4 = erlang:monitor(process, W2),
    normal = stop_waiter(W2),   % its own monitor; ours fired as well:
    ok = await_message(fun(M) -> M =:= {'DOWN', R4, process, W2, normal} end),
    D4 = erlang:demonitor(R4),
    Still = receive {'DOWN', R4, process, W2, normal} -> still_there after 0 -> gone end,
    %% Monitoring oneself: allowed, never fires while we live.
    R5 = erlang:monitor(process, self()),
    {monitors, SelfMs} = process_info(self(), monitors),
    D5 = erlang:demonitor(R5),
    %% demonitor of a reference that is no monitor.
    D6 = erlang:demonitor(make_ref()),
    Bad = [catching(fun() -> erlang:monitor(process, id(42)) end),
           catching(fun() -> erlang:monitor(id(proces), self()) end),
           catching(fun() -> erlang:monitor(process, id({a, b, c})) end),
           catching(fun() -> erlang:demonitor(id(not_a_ref)) end)],
    {Distinct, length(By), length(Ms), D1, D2, length(By2), Down1, Down3, None2,
     D4, Still, length(SelfMs), D5, D6, Bad, flush()}.

start() ->
    isolated(fun run/0).
