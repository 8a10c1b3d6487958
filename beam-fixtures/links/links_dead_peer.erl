%% link/1 to a process that is already gone: a process that does not trap exits fails with
%% noproc; a trapping one gets true and then {'EXIT', Pid, noproc}. Also unlink/1 then.
-module(links_dead_peer).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    Self = self(),
    Dead = spawn_waiter(),
    normal = stop_waiter(Dead),
    {P1, R1} = spawn_monitor(fun() ->
                                     Res = try link(Dead) catch C:E -> {C, E} end,
                                     Self ! {p1, Res}
                             end),
    D1 = receive {'DOWN', R1, process, P1, W1} -> W1 end,
    M1 = receive {p1, X1} -> X1 after 0 -> none end,
    {P2, R2} = spawn_monitor(fun() ->
                                     process_flag(trap_exit, true),
                                     Res = link(Dead),
                                     Msg = receive {'EXIT', Dead, Why} -> Why after 1000 -> none end,
                                     Self ! {p2, Res, Msg, process_info(self(), links)}
                             end),
    D2 = receive {'DOWN', R2, process, P2, W2} -> W2 end,
    M2 = receive {p2, A2, B2, C2} -> {A2, B2, C2} after 0 -> none end,
    {P3, R3} = spawn_monitor(fun() -> Self ! {p3, unlink(Dead)} end),
    D3 = receive {'DOWN', R3, process, P3, W3} -> W3 end,
    M3 = receive {p3, X3} -> X3 after 0 -> none end,
    %% A process linking to a dead process inside catch survives with the error caught.
    {P4, R4} = spawn_monitor(fun() -> Self ! {p4, catch link(Dead)}, exit(after_catch) end),
    D4 = receive {'DOWN', R4, process, P4, W4} -> W4 end,
    M4 = receive {p4, {'EXIT', {Reason4, _}}} -> Reason4 after 0 -> none end,
    {D1, M1, D2, M2, D3, M3, D4, M4}.

start() ->
    isolated(fun run/0).
