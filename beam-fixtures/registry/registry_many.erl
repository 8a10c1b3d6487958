%% Many names at once: 1,000 processes each registered under its own name, found by
%% whereis, listed by registered(), messaged by name, and all names gone after they end.
-module(registry_many).
-export([start/0]).
-include("../include/fixture_procs.hrl").

name(I) -> list_to_atom("registry_many_" ++ integer_to_list(I)).

run() ->
    N = 1000,
    Pids = [begin P = spawn_waiter(), true = register(name(I), P), P end || I <- lists:seq(1, N)],
    Found = lists:all(fun({I, P}) -> whereis(name(I)) =:= P end, lists:zip(lists:seq(1, N), Pids)),
    Reg = registered(),
    Listed = length([I || I <- lists:seq(1, N), lists:member(name(I), Reg)]),
    [name(I) ! {ping, self()} || I <- lists:seq(1, N)],
    Pongs = length([receive {pong, P} -> P end || P <- Pids]),
    [normal = stop_waiter(P) || P <- Pids],
    Left = length([I || I <- lists:seq(1, N), whereis(name(I)) =/= undefined]),
    {Found, Listed, Pongs, Left}.

start() ->
    isolated(fun run/0).
