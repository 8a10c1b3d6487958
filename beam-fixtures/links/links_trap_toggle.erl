%% trap_exit can be switched at any time; what matters is its value when the exit signal
%% arrives: trapped signals become messages, and later (untrapped) ones kill.
-module(links_trap_toggle).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    Self = self(),
    {P, R} = spawn_monitor(
               fun() ->
                       process_flag(trap_exit, true),
                       A = spawn_link(fun() -> receive go -> exit(first) end end),
                       B = spawn_link(fun() -> receive go -> exit(second) end end),
                       A ! go,
                       M1 = receive {'EXIT', A, W1} -> W1 end,
                       Old = process_flag(trap_exit, false),
                       Self ! {report, M1, Old},
                       B ! go,
                       receive never -> ok end
               end),
    Report = receive {report, M, O} -> {M, O} end,
    Exit = receive {'DOWN', R, process, P, W} -> W end,
    %% Trapping switched on after the link, before the signal.
    {P2, R2} = spawn_monitor(
                 fun() ->
                         C = spawn_link(fun() -> receive go -> exit(third) end end),
                         process_flag(trap_exit, true),
                         C ! go,
                         Self ! {got, receive {'EXIT', C, W3} -> W3 end}
                 end),
    Got = receive {got, G} -> G end,
    Exit2 = receive {'DOWN', R2, process, P2, W2} -> W2 end,
    %% Normal exits of linked processes are messages only while trapping.
    {P3, R3} = spawn_monitor(
                 fun() ->
                         D = spawn_link(fun() -> receive go -> ok end end),
                         E = spawn_link(fun() -> receive go -> ok end end),
                         D ! go,
                         process_flag(trap_exit, true),
                         E ! go,
                         Msgs = [receive {'EXIT', E, W4} -> {e, W4} end],
                         Extra = receive {'EXIT', D, _} -> got_d after 100 -> no_d end,
                         Self ! {normal_exits, Msgs, Extra}
                 end),
    %% D's normal exit may come before or after trapping starts: only E's message is sure.
    Normals = receive {normal_exits, Ms, _} -> Ms end,
    Exit3 = receive {'DOWN', R3, process, P3, W5} -> W5 end,
    {Report, Exit, Got, Exit2, Normals, Exit3}.

start() ->
    isolated(fun run/0).
