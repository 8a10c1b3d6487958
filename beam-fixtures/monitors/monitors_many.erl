%% Many monitors at once: 200 watchers on one process, one process watching 500 others, and
%% monitors together with links on the same pair.
-module(monitors_many).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    Self = self(),
    Target = spawn_waiter(),
    Watchers = [spawn(fun() ->
                              R = erlang:monitor(process, Target),
                              Self ! {watching, self()},
                              receive {'DOWN', R, process, Target, Why} -> Self ! {saw, self(), Why} end
                      end) || _ <- lists:seq(1, 200)],
    [receive {watching, W} -> ok end || W <- Watchers],
    {monitored_by, By} = process_info(Target, monitored_by),
    exit(Target, {going, away}),
    Saw = lists:usort([receive {saw, W, Why} -> Why end || W <- Watchers]),
    %% One watcher, many targets, killed in reverse order; each 'DOWN' found by its ref.
    Targets = [spawn_waiter() || _ <- lists:seq(1, 500)],
    Refs = [erlang:monitor(process, T) || T <- Targets],
    {monitors, Ms} = process_info(self(), monitors),
    [exit(T, {stop, I}) || {I, T} <- lists:reverse(lists:zip(lists:seq(1, 500), Targets))],
    Reasons = [receive {'DOWN', R, process, T, {stop, I}} -> I end || {R, T} <- lists:zip(Refs, Targets)],
    {monitors, MsAfter} = process_info(self(), monitors),
    %% Link and monitor on the same pair; trapping: both the 'EXIT' and the 'DOWN' come.
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> receive go -> exit(both) end end),
    R = erlang:monitor(process, P),
    P ! go,
    Both = {receive {'EXIT', P, E} -> {exit, E} end, receive {'DOWN', R, process, P, D} -> {down, D} end},
    {length(By), Saw, length(Ms), Reasons =:= lists:seq(1, 500), MsAfter, Both, flush()}.

start() ->
    isolated(fun run/0).
