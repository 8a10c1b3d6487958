%% Idle-VM check: 100 processes wait in receive while the caller waits 5 s in `receive
%% after`, so nothing is runnable and one timer is pending; then all are told to exit.
%% tests/process_limits.rs samples the VM's CPU time during the wait (it must stay under 1%
%% of a CPU); run/0 returns what was spawned and ended, for the result check.
-module(stress_idle_wait).
-export([run/0]).

run() ->
    Self = self(),
    Pids = [spawn(fun() -> waiter(Self) end) || _ <- lists:seq(1, 100)],
    receive after 5000 -> ok end,
    [P ! stop || P <- Pids],
    Ended = length([ok || _ <- Pids, receive stopped -> true end]),
    {length(Pids), Ended}.

waiter(Parent) ->
    receive
        stop -> Parent ! stopped
    end.
