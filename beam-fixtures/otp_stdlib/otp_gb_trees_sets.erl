-module(otp_gb_trees_sets).
-export([start/0]).

%% gb_trees and gb_sets: building by insertion and from ordered lists, lookups, deletions,
%% balancing, iterators (including from a starting key), and the internal tree shape
%% (the tuple structure is printed, so the balancing must match exactly).

start() ->
    Keys = [(N * 37) rem 101 || N <- lists:seq(1, 60)],
    T = lists:foldl(fun(K, Acc) -> gb_trees:enter(K, K * 2, Acc) end, gb_trees:empty(), Keys),
    T2 = lists:foldl(fun(K, Acc) -> gb_trees:delete_any(K, Acc) end, T, lists:sublist(Keys, 20)),
    Small = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, v, Acc) end, gb_trees:empty(), [5, 2, 8, 1, 9, 3]),
    Trees = [gb_trees:size(T), gb_trees:lookup(37, T), gb_trees:lookup(1000, T), gb_trees:get(74, T), gb_trees:is_defined(3, T2),
             gb_trees:smallest(T), gb_trees:largest(T2), gb_trees:keys(T2), gb_trees:take_smallest(Small),
             gb_trees:take_largest(Small), Small, gb_trees:balance(Small), gb_trees:from_orddict([{1, a}, {2, b}, {3, c}]),
             gb_trees:update(5, new, Small), gb_trees:map(fun(K, _) -> K * K end, Small), gb_trees:to_list(Small),
             iter(gb_trees:next(gb_trees:iterator(Small)), []), iter(gb_trees:next(gb_trees:iterator_from(4, Small)), []),
             catching(fun() -> gb_trees:insert(5, dup, Small) end), catching(fun() -> gb_trees:get(404, Small) end)],
    S = gb_sets:from_list(Keys),
    S2 = gb_sets:from_list([1, 2, 3, 200]),
    Sets = [gb_sets:size(S), gb_sets:is_member(37, S), gb_sets:smallest(S), gb_sets:largest(S),
            gb_sets:to_list(gb_sets:intersection(S, S2)), gb_sets:to_list(gb_sets:union(S2, gb_sets:singleton(0))),
            gb_sets:to_list(gb_sets:subtract(S2, S)), gb_sets:is_subset(gb_sets:from_list([1]), S2),
            gb_sets:to_list(gb_sets:filter(fun(X) -> X < 10 end, S)), gb_sets:fold(fun(X, A) -> X + A end, 0, S),
            gb_sets:take_smallest(S2), gb_sets:from_ordset([1, 2, 3]), gb_sets:add(9, gb_sets:from_list([5, 1])),
            gb_sets:next(gb_sets:iterator_from(100, S)), gb_sets:to_list(gb_sets:del_element(2, S2))],
    {Trees, Sets}.

iter(none, Acc) -> lists:reverse(Acc);
iter({K, V, I}, Acc) -> iter(gb_trees:next(I), [{K, V} | Acc]).

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
