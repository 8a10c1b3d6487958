%% The 'DOWN' reason of processes ended by kill: killed by exit/2 with kill, dying through
%% a link to a killed process (the link carries killed), and a trapping process that gets
%% the {'EXIT', _, killed} message and ends with a reason of its own.
-module(monitors_exit_kinds).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    A = spawn_waiter(),
    RA = erlang:monitor(process, A),
    exit(A, kill),
    DA = receive {'DOWN', RA, process, A, W1} -> W1 end,
    %% B is linked to C; C is killed; B dies of C's killed.
    Self = self(),
    C = spawn_waiter(),
    B = spawn(fun() -> link(C), Self ! linked, receive never -> ok end end),
    receive linked -> ok end,
    RB = erlang:monitor(process, B),
    RC = erlang:monitor(process, C),
    exit(C, kill),
    DC = receive {'DOWN', RC, process, C, W2} -> W2 end,
    DB = receive {'DOWN', RB, process, B, W3} -> W3 end,
    %% E traps exits, is linked to F; F is killed; E gets a message and goes on.
    F = spawn_waiter(),
    E = spawn(fun() ->
                      process_flag(trap_exit, true),
                      link(F),
                      Self ! linked,
                      receive {'EXIT', F, Why} -> exit({noticed, Why}) end
              end),
    receive linked -> ok end,
    RE = erlang:monitor(process, E),
    exit(F, kill),
    DE = receive {'DOWN', RE, process, E, W4} -> W4 end,
    {DA, DC, DB, DE}.

start() ->
    isolated(fun run/0).
