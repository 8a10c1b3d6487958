%% A tree of linked processes (fan-out 4, depth 3: 85 processes): killing the root takes the
%% whole tree down (links go both ways, so the kill spreads up and down); when the nodes of
%% depth 1 trap exits, a crashing leaf takes down its siblings and its parent, and the
%% trapping grandparent stops the cascade and reports it.
-module(concurrent_process_tree).
-export([start/0]).
-include("../include/fixture_procs.hrl").

%% Builds the subtree under the calling process; reports every node to Top as {node, Path, Pid}.
grow(Path, 0, _Trap, Top) ->
    Top ! {node, Path, self()},
    node_loop(Path, Top);
grow(Path, Depth, Trap, Top) ->
    process_flag(trap_exit, lists:member(length(Path), Trap)),
    Top ! {node, Path, self()},
    [spawn_link(fun() -> grow(Path ++ [I], Depth - 1, Trap, Top) end) || I <- lists:seq(1, 4)],
    node_loop(Path, Top).

node_loop(Path, Top) ->
    receive
        {crash, Why} -> exit(Why);
        {'EXIT', _, Why} -> Top ! {trapped, Path, Why}, node_loop(Path, Top)
    end.

build(Trap) ->
    Self = self(),
    spawn(fun() -> grow([], 3, Trap, Self) end),
    Nodes = [receive {node, Path, Pid} -> {Path, Pid} end || _ <- lists:seq(1, 85)],
    [waiting = await_status(P, waiting) || {_, P} <- Nodes],
    lists:sort(Nodes).

run() ->
    %% Nobody traps: kill the root, everyone dies with killed.
    Nodes = build([]),
    Refs = [{Path, erlang:monitor(process, P)} || {Path, P} <- Nodes],
    {[], Root} = hd(Nodes),
    exit(Root, kill),
    Reasons = lists:usort([receive {'DOWN', R, process, _, W} -> W end || {_, R} <- Refs]),
    %% Depth-1 nodes trap: a leaf crash under [2] takes down the leaves' parent [2,x]... up to
    %% [2], which traps and reports; everything else lives.
    Nodes2 = build([1]),
    Leaf = proplists:get_value([2, 3, 1], Nodes2),
    Mid = proplists:get_value([2, 3], Nodes2),
    Watch = [{Path, erlang:monitor(process, P)} || {Path, P} <- Nodes2, lists:prefix([2, 3], Path)],
    Leaf ! {crash, leaf_failure},
    Died = lists:sort([{Path, receive {'DOWN', R, process, _, W} -> W end} || {Path, R} <- Watch]),
    Trapped = receive {trapped, Path, Why} -> {Path, Why} end,
    Alive = length([P || {_, P} <- Nodes2, is_process_alive(P)]),
    _ = Mid,
    %% Clean up: the trapping nodes would survive a kill of the root, so kill everyone.
    [kill_and_wait(P) || {_, P} <- Nodes2],
    {length(Nodes), Reasons, Died, Trapped, Alive}.

start() ->
    isolated(fun run/0).
