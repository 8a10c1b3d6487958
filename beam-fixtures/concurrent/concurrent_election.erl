%% Leader election on a ring (Chang and Roberts): every node starts an election with its
%% id; a node forwards ids larger than its own and drops smaller ones; the node that gets
%% its own id back is the leader and announces it around the ring. Everyone agrees.
-module(concurrent_election).
-export([start/0]).
-include("../include/fixture_procs.hrl").

node_loop(Id, Next, Parent, Forwarded) ->
    receive
        {next, N} -> node_loop(Id, N, Parent, Forwarded);
        start -> Next ! {elect, Id}, node_loop(Id, Next, Parent, Forwarded + 1);
        {elect, Id} -> Next ! {leader, Id, 1}, node_loop(Id, Next, Parent, Forwarded);
        {elect, Other} when Other > Id -> Next ! {elect, Other}, node_loop(Id, Next, Parent, Forwarded + 1);
        {elect, _Smaller} -> node_loop(Id, Next, Parent, Forwarded);
        {leader, Id, Hops} -> Parent ! {announced, Id, Hops}, node_loop(Id, Next, Parent, Forwarded);
        {leader, L, Hops} -> Parent ! {knows, Id, L}, Next ! {leader, L, Hops + 1}, node_loop(Id, Next, Parent, Forwarded);
        {report, From} -> From ! {forwarded, Id, Forwarded}
    end.

run() ->
    Ids = [(I * 37) rem 101 || I <- lists:seq(1, 50)],
    Self = self(),
    Nodes = [spawn(fun() -> node_loop(Id, none, Self, 0) end) || Id <- Ids],
    [A ! {next, B} || {A, B} <- lists:zip(Nodes, tl(Nodes) ++ [hd(Nodes)])],
    [N ! start || N <- Nodes],
    Announced = receive {announced, L, Hops} -> {L, Hops} end,
    Knows = lists:usort([receive {knows, _Id, L2} -> L2 end || _ <- lists:seq(1, length(Nodes) - 1)]),
    {Announced, Knows, lists:max(Ids)}.

start() ->
    isolated(fun run/0).
