%% Monitoring what does not exist: a dead pid and an unregistered name give an immediate
%% 'DOWN' with reason noproc; for a name the object is {Name, Node}.
-module(monitors_noproc).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    Dead = spawn_waiter(),
    normal = stop_waiter(Dead),
    R1 = erlang:monitor(process, Dead),
    D1 = receive {'DOWN', R1, process, Obj1, Why1} -> {Obj1 =:= Dead, Why1} end,
    R2 = erlang:monitor(process, monitors_noproc_nobody),
    D2 = receive {'DOWN', R2, process, Obj2, Why2} -> {Obj2, Why2} end,
    R3 = erlang:monitor(process, {monitors_noproc_nobody, node()}),
    D3 = receive {'DOWN', R3, process, Obj3, Why3} -> {Obj3, Why3} end,
    %% A monitor on a process that is being killed at the same moment: kill first, then
    %% monitor: our signals arrive in order, so the monitor sees a dead process.
    W = spawn_waiter(),
    exit(W, kill),
    R4 = erlang:monitor(process, W),
    D4 = receive {'DOWN', R4, process, W, Why4} -> Why4 end,
    %% The other way round: monitor, then kill.
    W2 = spawn_waiter(),
    R5 = erlang:monitor(process, W2),
    exit(W2, kill),
    D5 = receive {'DOWN', R5, process, W2, Why5} -> Why5 end,
    %% demonitor of a monitor that already fired with noproc (its 'DOWN' is in the mailbox).
    R6 = erlang:monitor(process, Dead),
    ok = await_message(fun(M) -> element(2, M) =:= R6 end),
    D6 = erlang:demonitor(R6, [info]),
    F6 = receive {'DOWN', R6, _, _, _} -> still_there after 0 -> nothing end,
    {D1, D2, D3, D4, D5, D6, F6, flush()}.

start() ->
    isolated(fun run/0).
