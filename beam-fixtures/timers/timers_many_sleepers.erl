%% Many processes waiting in receive ... after at once (and many timers in one process): all
%% wake up, each after its own time; results are sorted since processes on different
%% schedulers report in any order.
-module(timers_many_sleepers).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    Self = self(),
    N = 1000,
    T0 = erlang:monotonic_time(millisecond),
    Pids = [spawn(fun() ->
                          Start = erlang:monotonic_time(millisecond),
                          receive never -> ok after I rem 50 -> ok end,
                          Slept = erlang:monotonic_time(millisecond) - Start,
                          Self ! {woke, I, Slept >= I rem 50}
                  end) || I <- lists:seq(1, N)],
    Woke = lists:sort([receive {woke, I, Ok} -> {I, Ok} end || _ <- Pids]),
    AllOk = lists:all(fun({_, Ok}) -> Ok end, Woke),
    Ids = [I || {I, _} <- Woke] =:= lists:seq(1, N),
    %% timer:sleep is receive after.
    ok = timer:sleep(10),
    %% 1000 timers in one process, then all cancelled but the last ten.
    Timers = [erlang:send_after(1000 + I, self(), {t, I}) || I <- lists:seq(1, 1000)],
    {Cancel, Keep} = lists:split(990, Timers),
    Cancelled = length([ok || R <- Cancel, is_integer(erlang:cancel_timer(R))]),
    Kept = [receive {t, I} -> I end || _ <- Keep],
    Elapsed = erlang:monotonic_time(millisecond) - T0 >= 1000,
    {AllOk, Ids, Cancelled, Kept, Elapsed, flush()}.

start() ->
    isolated(fun run/0).
