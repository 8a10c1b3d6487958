%% Stress test: 1,000,000 processes that each wait in receive, all alive at the same time,
%% then all told to exit; run/0 returns how many were spawned, answered and ended.
%% measure/0 (not part of the expectation) reports the memory per idle process and the
%% spawn and exit cost, for the record; erl needs +P above 1,000,000 for it.
%% ERL_ARGS: +P 2000000
-module(stress_million_processes).
-export([run/0, run/1, measure/0]).

run() -> run(1000000).

run(N) ->
    {Pids, _} = spawn_all(N),
    {Alive, Answered} = ask_all(Pids),
    Ended = stop_all(Pids),
    {N, Alive, Answered, Ended}.

waiter(Parent) ->
    receive
        ping -> Parent ! pong, waiter(Parent);
        stop -> Parent ! stopped
    end.

spawn_all(N) ->
    Self = self(),
    T0 = erlang:monotonic_time(microsecond),
    Pids = [spawn(fun() -> waiter(Self) end) || _ <- lists:seq(1, N)],
    {Pids, erlang:monotonic_time(microsecond) - T0}.

ask_all(Pids) ->
    Alive = length([P || P <- Pids, is_process_alive(P)]),
    [P ! ping || P <- Pids],
    {Alive, count(pong, length(Pids), 0)}.

stop_all(Pids) ->
    [P ! stop || P <- Pids],
    count(stopped, length(Pids), 0).

count(_, 0, Acc) -> Acc;
count(Tag, N, Acc) -> receive Tag -> count(Tag, N - 1, Acc + 1) end.

%% Bytes of process memory per idle process, and microseconds per spawn and per exit.
measure() ->
    N = 1000000,
    erlang:garbage_collect(),
    Before = erlang:memory(processes),
    {Pids, SpawnUs} = spawn_all(N),
    %% Let every process reach its receive.
    {_, N} = ask_all(Pids),
    During = erlang:memory(processes),
    T0 = erlang:monotonic_time(microsecond),
    N = stop_all(Pids),
    ExitUs = erlang:monotonic_time(microsecond) - T0,
    #{processes => N,
      bytes_per_idle_process => (During - Before) div N,
      spawn_us_per_process => SpawnUs / N,
      stop_us_per_process => ExitUs / N}.
