%% Signals from one process to another keep their order: the messages a process sends before
%% it dies come before its 'DOWN' (and before its {'EXIT'} for a linked trapping process).
-module(monitors_order).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    Self = self(),
    {P, R} = spawn_monitor(fun() ->
                                   [Self ! {n, I} || I <- lists:seq(1, 100)],
                                   exit(done)
                           end),
    %% Wait for the 'DOWN' first (selective receive skips the messages), then the messages
    %% must all be there already.
    Why = receive {'DOWN', R, process, P, W} -> W end,
    Ns = [receive {n, I} -> I after 0 -> missing end || _ <- lists:seq(1, 100)],
    %% The same with a link and trap_exit, and a monitor too: the 'DOWN' and the 'EXIT' both
    %% come after the messages.
    process_flag(trap_exit, true),
    P2 = spawn_link(fun() -> [Self ! {m, I} || I <- lists:seq(1, 50)], exit(done2) end),
    Exit = receive {'EXIT', P2, W2} -> W2 end,
    Ms = [receive {m, I} -> I after 0 -> missing end || _ <- lists:seq(1, 50)],
    %% Unmatched messages keep their order around a skipped 'DOWN'.
    {P3, R3} = spawn_monitor(fun() -> Self ! first, Self ! second, exit(third) end),
    Down3 = receive {'DOWN', R3, process, P3, W3} -> W3 end,
    Rest = flush(),
    {Why, Ns =:= lists:seq(1, 100), Exit, Ms =:= lists:seq(1, 50), Down3, Rest}.

start() ->
    isolated(fun run/0).
