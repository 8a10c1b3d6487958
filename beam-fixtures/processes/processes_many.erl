%% Many processes at once: 10,000 waiting processes holding a value each, asked one by one;
%% a binary tree of processes (depth 10) that sums its leaves; all of them gone at the end.
-module(processes_many).
-export([start/0]).
-include("../include/fixture_procs.hrl").

holder(V) ->
    receive
        {get, From} -> From ! {value, self(), V}, holder(V);
        stop -> ok
    end.

tree(0, Leaf) -> Leaf;
tree(D, Leaf) ->
    Self = self(),
    L = spawn(fun() -> Self ! {left, tree(D - 1, 2 * Leaf)} end),
    R = spawn(fun() -> Self ! {right, tree(D - 1, 2 * Leaf + 1)} end),
    Sum = receive {left, A} -> A end + receive {right, B} -> B end,
    _ = {L, R},
    Sum.

run() ->
    N = 10000,
    Holders = [spawn(fun() -> holder(I * I) end) || I <- lists:seq(1, N)],
    [P ! {get, self()} || P <- Holders],
    Values = [receive {value, P, V} -> V end || P <- Holders],
    Refs = [erlang:monitor(process, P) || P <- Holders],
    [P ! stop || P <- Holders],
    Downs = [receive {'DOWN', R, process, _, normal} -> 1 end || R <- Refs],
    Alive = length([P || P <- Holders, is_process_alive(P)]),
    TreeSum = tree(10, 1),
    {length(Values), lists:sum(Values), lists:sum(Downs), Alive, TreeSum}.

start() ->
    isolated(fun run/0).
