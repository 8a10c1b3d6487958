%% Timers fire in the order of their deadlines, whatever order they were set in; timers of
%% different kinds (send_after, start_timer, receive after) share one clock.
-module(timers_order).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    %% 20 timers, 25 ms apart, set in a scrambled order.
    Delays = [(I * 7 rem 20 + 1) * 25 || I <- lists:seq(1, 20)],
    [erlang:send_after(D, self(), {fired, D}) || D <- Delays],
    Fired = [receive {fired, D} -> D end || _ <- Delays],
    Sorted = Fired =:= lists:sort(Delays),
    %% Mixed kinds.
    R = erlang:start_timer(60, self(), second),
    erlang:send_after(20, self(), first),
    erlang:send_after(100, self(), third),
    Mixed = [receive M -> case M of {timeout, R, X} -> {start_timer, X}; _ -> M end end
             || _ <- [1, 2, 3]],
    %% A receive ... after that is shorter than a pending timer times out first; a longer one
    %% gets the timer's message.
    erlang:send_after(300, self(), late),
    Short = receive late -> too_early after 20 -> short_timeout end,
    Long = receive late -> got_late after 2000 -> long_timeout end,
    {Fired, Sorted, Mixed, Short, Long, flush()}.

start() ->
    isolated(fun run/0).
