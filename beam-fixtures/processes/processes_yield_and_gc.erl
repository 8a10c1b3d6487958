%% erlang:yield/0 returns true and lets others run; erlang:garbage_collect/0,1,2 (sync and
%% async), also on other and on dead processes.
-module(processes_yield_and_gc).
-export([start/0]).
-include("../include/fixture_procs.hrl").

spin(0, Acc) -> Acc;
spin(N, Acc) -> true = erlang:yield(), spin(N - 1, Acc + N).

run() ->
    Y = erlang:yield(),
    Self = self(),
    %% Ten yielding workers, each with its own sum; results collected by sender.
    Pids = [spawn(fun() -> Self ! {sum, self(), spin(I * 100, 0)} end) || I <- lists:seq(1, 10)],
    Sums = [receive {sum, P, S} -> S end || P <- Pids],
    G1 = erlang:garbage_collect(),
    W = spawn_waiter(),
    G2 = erlang:garbage_collect(W),
    G3 = erlang:garbage_collect(W, [{type, major}]),
    G4 = erlang:garbage_collect(W, [{type, minor}]),
    Ref = make_ref(),
    G5 = erlang:garbage_collect(W, [{async, Ref}]),
    A5 = receive {garbage_collect, Ref, Res5} -> Res5 end,
    normal = stop_waiter(W),
    G6 = erlang:garbage_collect(W),
    Ref7 = make_ref(),
    G7 = erlang:garbage_collect(W, [{async, Ref7}]),
    A7 = receive {garbage_collect, Ref7, Res7} -> Res7 end,
    G8 = erlang:garbage_collect(self(), [{type, major}]),
    Bad = [catching(fun() -> erlang:garbage_collect(id(not_pid)) end),
           catching(fun() -> erlang:garbage_collect(self(), id([{type, huge}])) end),
           catching(fun() -> erlang:garbage_collect(self(), id([bad])) end)],
    {Y, Sums, G1, G2, G3, G4, G5, A5, G6, G7, A7, G8, Bad}.

start() ->
    isolated(fun run/0).
