%% erlang:monitor/3 options of OTP 24+: {tag, T} changes the first element of the 'DOWN'
%% message; {alias, Mode} makes the monitor reference an alias that others can send to,
%% until it is deactivated (explicit_unalias, demonitor, reply_demonitor).
-module(monitors_options).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    W = spawn_waiter(),
    R1 = erlang:monitor(process, W, [{tag, my_down}]),
    R2 = erlang:monitor(process, W, []),
    normal = stop_waiter(W),
    T1 = receive {my_down, R1, process, W, Why1} -> {tagged, Why1} end,
    T2 = receive {'DOWN', R2, process, W, Why2} -> {plain, Why2} end,
    %% Alias with explicit_unalias: messages to the alias arrive until unalias/1.
    Self = self(),
    W2 = spawn_waiter(),
    A1 = erlang:monitor(process, W2, [{alias, explicit_unalias}]),
    Sender = fun(To, Msg) -> spawn(fun() -> To ! Msg, Self ! {sent, Msg} end),
                                 receive {sent, Msg} -> ok end end,
    Sender(A1, {via_alias, 1}),
    G1 = receive {via_alias, 1} -> got_1 after 1000 -> missing_1 end,
    normal = stop_waiter(W2),
    receive {'DOWN', A1, process, W2, normal} -> ok end,
    Sender(A1, {via_alias, 2}),   % still active: explicit_unalias
    G2 = receive {via_alias, 2} -> got_2 after 1000 -> missing_2 end,
    U1 = unalias(A1),
    U2 = unalias(A1),
    Sender(A1, {via_alias, 3}),   % dropped
    G3 = receive {via_alias, 3} -> got_3 after 100 -> dropped_3 end,
    %% {alias, demonitor}: the alias dies with the monitor.
    W3 = spawn_waiter(),
    A2 = erlang:monitor(process, W3, [{alias, demonitor}]),
    Sender(A2, {via_alias, 4}),
    G4 = receive {via_alias, 4} -> got_4 after 1000 -> missing_4 end,
    normal = stop_waiter(W3),
    receive {'DOWN', A2, process, W3, normal} -> ok end,
    Sender(A2, {via_alias, 5}),
    G5 = receive {via_alias, 5} -> got_5 after 100 -> dropped_5 end,
    %% {alias, reply_demonitor}: the first message through the alias ends both.
    W4 = spawn_waiter(),
    A3 = erlang:monitor(process, W4, [{alias, reply_demonitor}]),
    Sender(A3, {via_alias, 6}),
    G6 = receive {via_alias, 6} -> got_6 after 1000 -> missing_6 end,
    Sender(A3, {via_alias, 7}),
    G7 = receive {via_alias, 7} -> got_7 after 100 -> dropped_7 end,
    normal = stop_waiter(W4),
    G8 = receive {'DOWN', A3, _, _, _} -> down_came after 100 -> no_down end,
    %% alias/0,1 without a monitor.
    A4 = alias(),
    Sender(A4, via_plain_alias),
    G9 = receive via_plain_alias -> got_plain after 1000 -> missing_plain end,
    true = unalias(A4),
    A5 = alias([reply]),
    Sender(A5, reply_1),
    Sender(A5, reply_2),
    G10 = [receive M -> M after 100 -> none end || _ <- [1, 2]],
    Bad = [catching(fun() -> erlang:monitor(process, self(), id([{alias, sometimes}])) end),
           catching(fun() -> erlang:monitor(process, self(), id([bogus])) end),
           catching(fun() -> alias(id([bogus])) end),
           catching(fun() -> unalias(id(not_a_ref)) end)],
    {T1, T2, G1, G2, U1, U2, G3, G4, G5, G6, G7, G8, G9, G10, is_reference(A4), Bad, flush()}.

start() ->
    isolated(fun run/0).
