-module(maps_hamt_remove_all).
-export([start/0]).

%% Removing every key from a large map in several orders, observing the map (printed in
%% internal order) at checkpoints as it shrinks from a hash trie to a flat map and to empty.

start() ->
    Big = maps:from_list([{K * 13, K} || K <- lists:seq(1, 70)]),
    Orders = [lists:seq(13, 910, 13), lists:reverse(lists:seq(13, 910, 13)), [K * 13 || K <- shuffle(lists:seq(1, 70))]],
    [checkpoints(Big, O) || O <- Orders].

checkpoints(M, Order) ->
    {_, Snaps} = lists:foldl(fun(K, {Acc, Snaps}) ->
                                     Acc2 = maps:remove(K, Acc),
                                     S = map_size(Acc2),
                                     {Acc2, case lists:member(S, [60, 33, 32, 31, 5, 0]) of true -> [{S, Acc2} | Snaps]; false -> Snaps end}
                             end, {M, []}, Order),
    lists:reverse(Snaps).

shuffle(L) -> [X || {_, X} <- lists:sort([{(X * 7919) rem 101, X} || X <- L])].
