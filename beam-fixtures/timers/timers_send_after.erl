%% erlang:send_after/3,4: the message arrives (to a pid or a registered name), after the
%% time; the timer reference; relative and absolute times; to a dead pid or a free name (the
%% timer is made, the message is dropped); bad arguments.
-module(timers_send_after).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    T0 = erlang:monotonic_time(millisecond),
    R1 = erlang:send_after(30, self(), {tick, 1}),
    M1 = receive {tick, 1} -> got end,
    Elapsed1 = erlang:monotonic_time(millisecond) - T0,
    register(timers_send_after_me, self()),
    R2 = erlang:send_after(0, timers_send_after_me, {tick, 2}),
    M2 = receive {tick, 2} -> got end,
    %% Absolute time in the monotonic clock.
    T1 = erlang:monotonic_time(millisecond),
    R3 = erlang:send_after(T1 + 40, self(), {tick, 3}, [{abs, true}]),
    M3 = receive {tick, 3} -> got end,
    Elapsed3 = erlang:monotonic_time(millisecond) - T1,
    R4 = erlang:send_after(20, self(), {tick, 4}, [{abs, false}]),
    M4 = receive {tick, 4} -> got end,
    %% An absolute time in the past fires at once. (Not before the node started: such a time
    %% is badarg, and monotonic_time() - 1000 may or may not be before the start.)
    Started = erlang:convert_time_unit(erlang:system_info(start_time), native, millisecond) + 1,
    R5 = erlang:send_after(Started, self(), {tick, 5}, [{abs, true}]),
    M5 = receive {tick, 5} -> got after 1000 -> missing end,
    %% Dead pid and unregistered name: a timer is made, nothing arrives anywhere.
    Dead = spawn_waiter(),
    normal = stop_waiter(Dead),
    R6 = erlang:send_after(10, Dead, lost),
    R7 = erlang:send_after(10, timers_send_after_nobody, lost),
    None = receive lost -> came after 50 -> nothing end,
    unregister(timers_send_after_me),
    %% Large times are accepted (up to 2^32 - 1 ms and beyond), and can be cancelled.
    R8 = erlang:send_after(1 bsl 32, self(), far),
    C8 = is_integer(erlang:cancel_timer(R8)),
    Bad = [catching(fun() -> erlang:send_after(id(-1), self(), x) end),
           catching(fun() -> erlang:send_after(id(1.5), self(), x) end),
           catching(fun() -> erlang:send_after(id(infinity), self(), x) end),
           catching(fun() -> erlang:send_after(10, id("name"), x) end),
           catching(fun() -> erlang:send_after(10, id({name, node()}), x) end),
           catching(fun() -> erlang:send_after(10, self(), x, id([{abs, maybe}])) end),
           catching(fun() -> erlang:send_after(10, self(), x, id([bogus])) end),
           catching(fun() -> erlang:send_after(id(-1), self(), x, [{abs, false}]) end)],
    Refs = lists:all(fun is_reference/1, [R1, R2, R3, R4, R5, R6, R7, R8]),
    {M1, Elapsed1 >= 30, M2, M3, Elapsed3 >= 40, M4, M5, None, C8, Refs, Bad, flush()}.

start() ->
    isolated(fun run/0).
