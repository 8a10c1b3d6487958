%% receive ... after: after 0 polls, after infinity waits, after N times out only when no
%% message matches; a timeout from a variable; bad timeout values raise timeout_value.
-module(messages_after).
-export([start/0]).
-include("../include/fixture_procs.hrl").

wait_for(T) ->
    receive {msg, X} -> {got, X} after T -> timeout end.

run() ->
    A1 = receive anything -> got after 0 -> empty end,
    self() ! {msg, 1},
    A2 = receive {msg, X} -> {got, X} after 0 -> empty end,
    self() ! unrelated,
    A3 = receive {msg, _} -> got after 0 -> still_empty end,
    A4 = wait_for(10),
    self() ! {msg, 2},
    A5 = wait_for(infinity),
    self() ! {msg, 3},
    A6 = wait_for(id(5000)),
    %% An empty receive with after: just waits.
    A7 = receive after 1 -> slept end,
    A8 = receive after 0 -> zero end,
    %% A message arriving from another process while we wait.
    Self = self(),
    spawn(fun() -> Self ! {msg, from_other} end),
    A9 = wait_for(infinity),
    %% Waiting while other messages arrive that do not match: still times out.
    spawn(fun() -> [Self ! {noise, I} || I <- lists:seq(1, 10)] end),
    A10 = receive {msg, _} -> got after 50 -> timeout_with_noise end,
    Noise = length([receive {noise, I} -> I end || _ <- lists:seq(1, 10)]),
    Bad = [catching(fun() -> receive after id(-1) -> ok end end),
           catching(fun() -> receive after id(foo) -> ok end end),
           catching(fun() -> receive after id(1.0) -> ok end end),
           catching(fun() -> receive after id(1 bsl 32) -> ok end end),
           catching(fun() -> receive never -> ok after id(infinit) -> ok end end)],
    {A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, Noise, Bad, flush()}.

start() ->
    isolated(fun run/0).
