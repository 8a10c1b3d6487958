%% erlang:hibernate/3: the process waits with an empty stack, shows as waiting in
%% erlang:hibernate/3, and a message wakes it into M:F(Args) with the message still there.
%% The call stack is gone: a catch around the hibernate no longer catches anything.
-module(processes_hibernate).
-export([start/0, sleeper/1, woke/2, woke_and_crash/0, looper/1, looper_receive/1]).
-include("../include/fixture_procs.hrl").

sleeper(Parent) ->
    put(before, hibernate),
    Parent ! {going_to_sleep, self()},
    erlang:hibernate(?MODULE, woke, [Parent, 42]),
    exit(never_here).

woke(Parent, N) ->
    %% The message that woke us is still in the mailbox.
    Msg = receive M -> M end,
    {current_function, CF} = process_info(self(), current_function),
    Parent ! {woke, self(), N, Msg, get(before), CF},
    receive stop -> ok end.

woke_and_crash() ->
    receive go -> ok end,
    erlang:error(after_hibernate).

looper(0) -> exit(done_looping);
looper(N) ->
    erlang:hibernate(?MODULE, looper_receive, [N]).

run() ->
    quiet_logger(),
    Self = self(),
    P = spawn(?MODULE, sleeper, [Self]),
    receive {going_to_sleep, P} -> ok end,
    waiting = await_status(P, waiting),
    {current_function, CF} = process_info(P, current_function),
    {total_heap_size, Heap} = process_info(P, total_heap_size),
    {stack_size, Stack} = process_info(P, stack_size),
    P ! {wake_up, [1, 2, 3]},
    Woke = receive {woke, P, N, Msg, Dict, CF2} -> {N, Msg, Dict, CF2} end,
    normal = send_and_await_exit(P, stop),
    %% A catch set up before hibernating does not survive it.
    {P2, R2} = spawn_monitor(fun() ->
                                     catch erlang:hibernate(?MODULE, woke_and_crash, []),
                                     exit(caught)
                             end),
    waiting = await_status(P2, waiting),
    P2 ! go,
    D2 = receive {'DOWN', R2, process, P2, {Reason2, _Stack}} -> Reason2 end,
    %% Hibernating many times in a row.
    {P3, R3} = spawn_monitor(fun() -> looper(5) end),
    [begin waiting = await_status(P3, waiting), P3 ! {tick, I} end || I <- lists:seq(1, 5)],
    D3 = receive {'DOWN', R3, process, P3, W3} -> W3 end,
    %% Waking on a message sent before hibernating: it wakes at once.
    P4 = spawn(fun() ->
                       self() ! early,
                       erlang:hibernate(erlang, apply, [fun() -> Self ! {early_woke, receive E -> E end} end, []])
               end),
    E4 = receive {early_woke, E} -> E end,
    await_exit(P4),
    {CF, Heap > 0, Stack < 5, Woke, D2, D3, E4}.

start() ->
    isolated(fun run/0).

looper_receive(N) ->
    receive {tick, _} -> looper(N - 1) end.
