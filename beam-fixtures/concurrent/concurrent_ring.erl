%% A ring of processes passing a token around: 200 processes, 50 laps. The first process
%% counts the laps; every process counts its visits and reports them at the end.
-module(concurrent_ring).
-export([start/0]).
-include("../include/fixture_procs.hrl").

%% Role first: counts laps and stops the token after Laps; role relay: passes it on.
ring_node(Role, Next, Visits, Parent) ->
    receive
        {next, N} -> ring_node(Role, N, Visits, Parent);
        {token, Lap, Hops} when Role =:= {first, Lap} -> Parent ! {done, Lap, Hops}, ring_node(Role, Next, Visits + 1, Parent);
        {token, Lap, Hops} when element(1, Role) =:= first -> Next ! {token, Lap + 1, Hops + 1}, ring_node(Role, Next, Visits + 1, Parent);
        {token, Lap, Hops} -> Next ! {token, Lap, Hops + 1}, ring_node(Role, Next, Visits + 1, Parent);
        {report, From} -> From ! {visits, self(), Visits}
    end.

run() ->
    N = 200,
    Laps = 50,
    Self = self(),
    First = spawn(fun() -> ring_node({first, Laps}, none, 0, Self) end),
    Relays = [spawn(fun() -> ring_node(relay, none, 0, Self) end) || _ <- lists:seq(2, N)],
    Nodes = [First | Relays],
    [A ! {next, B} || {A, B} <- lists:zip(Nodes, Relays ++ [First])],
    First ! {token, 0, 0},
    Done = receive {done, L, H} -> {L, H} end,
    [P ! {report, self()} || P <- Nodes],
    Visits = [receive {visits, P, V} -> V end || P <- Nodes],
    {Done, hd(Visits), lists:usort(tl(Visits)), lists:sum(Visits)}.

start() ->
    isolated(fun run/0).
