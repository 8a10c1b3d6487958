%% erlang:start_timer/3,4: the message is {timeout, TimerRef, Msg}; to names; abs option.
-module(timers_start_timer).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    R1 = erlang:start_timer(20, self(), hello),
    M1 = receive {timeout, R1, Msg} -> {same_ref, Msg} end,
    register(timers_start_timer_me, self()),
    R2 = erlang:start_timer(0, timers_start_timer_me, {complex, [1, 2]}),
    M2 = receive {timeout, R2, Msg2} -> Msg2 end,
    unregister(timers_start_timer_me),
    R3 = erlang:start_timer(erlang:monotonic_time(millisecond) + 20, self(), absolute, [{abs, true}]),
    M3 = receive {timeout, R3, Msg3} -> Msg3 end,
    %% Several timers for one process: each message names its own timer.
    Refs = [{I, erlang:start_timer(I * 5, self(), I)} || I <- lists:seq(1, 10)],
    Got = [receive {timeout, R, I2} -> I2 =:= I end || {I, R} <- Refs],
    %% A timer in another process: the message goes to the destination, not the starter.
    Self = self(),
    P = spawn(fun() -> R = erlang:start_timer(10, Self, from_other), Self ! {ref, R} end),
    R4 = receive {ref, R} -> R end,
    M4 = receive {timeout, R4, Msg4} -> Msg4 end,
    _ = P,
    Bad = [catching(fun() -> erlang:start_timer(id(-5), self(), x) end),
           catching(fun() -> erlang:start_timer(10, id(123), x) end),
           catching(fun() -> erlang:start_timer(10, self(), x, id([{abs, 1}])) end)],
    {M1, M2, M3, Got, M4, Bad, flush()}.

start() ->
    isolated(fun run/0).
