-module(lists_nested_data).
-export([start/0]).

%% Trees and graphs built from lists and tuples: a binary search tree, depth-first and
%% breadth-first traversals, a topological sort, and matrix operations on lists of lists.

start() ->
    Tree = lists:foldl(fun insert/2, nil, [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]),
    InOrder = inorder(Tree),
    Height = height(Tree),
    Bfs = bfs([Tree], []),
    Graph = [{a, [b, c]}, {b, [d]}, {c, [d, e]}, {d, [f]}, {e, [f]}, {f, []}],
    Topo = topo(Graph),
    M = [[1, 2, 3], [4, 5, 6], [7, 8, 10]],
    T = transpose(M),
    P = matmul(M, T),
    Det = det(M),
    {Tree, InOrder, Height, Bfs, Topo, T, P, Det}.

insert(K, nil) -> {nil, K, nil};
insert(K, {L, V, R}) when K < V -> {insert(K, L), V, R};
insert(K, {L, V, R}) -> {L, V, insert(K, R)}.

inorder(nil) -> [];
inorder({L, V, R}) -> inorder(L) ++ [V] ++ inorder(R).

height(nil) -> 0;
height({L, _, R}) -> 1 + max(height(L), height(R)).

bfs([], Acc) -> lists:reverse(Acc);
bfs([nil | Q], Acc) -> bfs(Q, Acc);
bfs([{L, V, R} | Q], Acc) -> bfs(Q ++ [L, R], [V | Acc]).

topo(Graph) -> topo(Graph, [], []).
topo([], _, Acc) -> Acc;
topo([{N, _} | Rest], Seen, Acc) ->
    {Seen1, Acc1} = visit(N, Graph = [{N, proplists_get(N, Rest)} | Rest], Seen, Acc),
    _ = Graph,
    topo(Rest, Seen1, Acc1).

visit(N, Graph, Seen, Acc) ->
    case lists:member(N, Seen) of
        true -> {Seen, Acc};
        false ->
            {Seen2, Acc2} = lists:foldl(fun(C, {S, A}) -> visit(C, Graph, S, A) end, {[N | Seen], Acc},
                                        edges(N, Graph)),
            {Seen2, [N | Acc2]}
    end.

edges(N, Graph) -> case lists:keyfind(N, 1, Graph) of {_, Es} -> Es; false -> [] end.
proplists_get(N, Graph) -> edges(N, Graph).

transpose([[] | _]) -> [];
transpose(M) -> [[hd(R) || R <- M] | transpose([tl(R) || R <- M])].

matmul(A, B) -> BT = transpose(B), [[lists:sum([X * Y || {X, Y} <- lists:zip(R, C)]) || C <- BT] || R <- A].

det([[A]]) -> A;
det([Row | Rest]) ->
    lists:sum([sign(I) * X * det(minor(I, Rest)) || {I, X} <- lists:zip(lists:seq(1, length(Row)), Row)]).

minor(I, Rows) -> [[X || {J, X} <- lists:zip(lists:seq(1, length(R)), R), J =/= I] || R <- Rows].

sign(I) when I rem 2 =:= 1 -> 1;
sign(_) -> -1.
