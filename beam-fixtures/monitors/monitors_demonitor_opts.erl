%% erlang:demonitor/2 with flush (removes a 'DOWN' already delivered) and info (whether the
%% monitor was still active), both together, and bad options.
-module(monitors_demonitor_opts).
-export([start/0]).
-include("../include/fixture_procs.hrl").

fired_monitor() ->
    W = spawn_waiter(),
    R = erlang:monitor(process, W),
    normal = stop_waiter(W),
    %% W sent its two 'DOWN's (ours and stop_waiter's) in an order of its own: wait for ours.
    ok = await_message(fun(M) -> element(2, M) =:= R end),
    R.

active_monitor() ->
    W = spawn_waiter(),
    {W, erlang:monitor(process, W)}.

pending(R) ->
    receive {'DOWN', R, process, _, _} -> down_pending after 0 -> no_down end.

run() ->
    %% Active monitors.
    {W1, A1} = active_monitor(),
    I1 = erlang:demonitor(A1, []),
    {W2, A2} = active_monitor(),
    I2 = erlang:demonitor(A2, [info]),
    {W3, A3} = active_monitor(),
    I3 = erlang:demonitor(A3, [flush, info]),
    {W4, A4} = active_monitor(),
    I4 = erlang:demonitor(A4, [flush]),
    [normal = stop_waiter(W) || W <- [W1, W2, W3, W4]],
    Active = [{I1, pending(A1)}, {I2, pending(A2)}, {I3, pending(A3)}, {I4, pending(A4)}],
    %% Monitors that already fired.
    F1 = fired_monitor(),
    J1 = erlang:demonitor(F1, []),
    P1 = pending(F1),
    F2 = fired_monitor(),
    J2 = erlang:demonitor(F2, [info]),
    P2 = pending(F2),
    F3 = fired_monitor(),
    J3 = erlang:demonitor(F3, [flush]),
    P3 = pending(F3),
    F4 = fired_monitor(),
    J4 = erlang:demonitor(F4, [flush, info]),
    P4 = pending(F4),
    %% Twice.
    {W5, A5} = active_monitor(),
    K1 = erlang:demonitor(A5, [info]),
    K2 = erlang:demonitor(A5, [info]),
    normal = stop_waiter(W5),
    %% flush leaves other messages alone, and only flushes that monitor's 'DOWN'.
    F6 = fired_monitor(),
    F7 = fired_monitor(),
    self() ! keep_me,
    erlang:demonitor(F6, [flush]),
    Left = [case M of {'DOWN', F7, _, _, R} -> {f7_down, R}; _ -> M end || M <- flush()],
    Bad = [catching(fun() -> erlang:demonitor(make_ref(), id([bogus])) end),
           catching(fun() -> erlang:demonitor(make_ref(), id(flush)) end),
           catching(fun() -> erlang:demonitor(make_ref(), id([flush | info])) end),
           catching(fun() -> erlang:demonitor(id(self()), []) end)],
    {Active, {J1, P1}, {J2, P2}, {J3, P3}, {J4, P4}, {K1, K2}, Left, Bad, flush()}.

start() ->
    isolated(fun run/0).
