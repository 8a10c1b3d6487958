%% What happens to timers when processes die: a timer whose destination pid is gone is
%% cancelled (read_timer false); a timer made by a process that dies still fires for a
%% living destination; a timer to a name survives the death of the process that set it.
-module(timers_owner_death).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    %% Destination dies: the timer goes away with it.
    Dest = spawn_waiter(),
    R1 = erlang:send_after(10000, Dest, never),
    Before = is_integer(erlang:read_timer(R1)),
    normal = stop_waiter(Dest),
    After = erlang:read_timer(R1),
    Cancel = erlang:cancel_timer(R1),
    %% The process that set the timer dies; the timer fires anyway.
    Self = self(),
    {Setter, SRef} = spawn_monitor(fun() -> erlang:send_after(30, Self, from_the_dead) end),
    receive {'DOWN', SRef, process, Setter, normal} -> ok end,
    Fired = receive from_the_dead -> fired after 2000 -> lost end,
    %% start_timer from a dead setter: the message still names the timer.
    {Setter2, SRef2} = spawn_monitor(fun() -> Self ! {ref, erlang:start_timer(30, Self, tagged)} end),
    R2 = receive {ref, R} -> R end,
    receive {'DOWN', SRef2, process, Setter2, normal} -> ok end,
    Fired2 = receive {timeout, R2, tagged} -> fired_with_ref after 2000 -> lost end,
    {Before, After, Cancel, Fired, Fired2, flush()}.

start() ->
    isolated(fun run/0).
