%% The stdlib timer module (its server process): send_after, apply_after, send_interval,
%% cancel, sleep, and tc returning a value with a time (only its type is checked).
-module(timers_timer_module).
-export([start/0, note/2]).
-include("../include/fixture_procs.hrl").

note(To, X) -> To ! {applied, X}.

run() ->
    {ok, T1} = timer:send_after(20, self(), hello),
    A = receive hello -> hello end,
    {ok, _} = timer:apply_after(10, ?MODULE, note, [self(), 42]),
    B = receive {applied, X} -> X end,
    {ok, TI} = timer:send_interval(15, self(), tick),
    Ticks = [receive tick -> tick end || _ <- [1, 2, 3]],
    C = timer:cancel(TI),
    receive after 50 -> ok end,
    _ = flush(),                        % a tick may have been on its way
    Leftover = receive tick -> still_ticking after 100 -> stopped end,
    {ok, T2} = timer:send_after(10000, self(), never),
    D = timer:cancel(T2),
    E = receive never -> came after 50 -> not_sent end,
    F = timer:sleep(5),
    {Micros, G} = timer:tc(fun() -> lists:sum(lists:seq(1, 1000)) end),
    H = timer:seconds(2) + timer:minutes(1) + timer:hours(1),
    I = timer:hms(1, 2, 3),
    _ = T1,
    {A, B, Ticks, C, Leftover, D, E, F, is_integer(Micros), G, H, I}.

start() ->
    isolated(fun run/0).
