-module(otp_gb_trees_big).
-export([start/0]).

%% gb_trees and gb_sets with thousands of keys inserted in pseudo-random order, deleted in
%% another order, with periodic rebalancing: sizes, smallest/largest, iterator slices and a
%% digest of the final tree shape.

start() ->
    Keys = [(X * 7919) rem 10007 || X <- lists:seq(1, 5000)],
    T = lists:foldl(fun(K, Acc) -> gb_trees:enter(K, K * 3, Acc) end, gb_trees:empty(), Keys),
    T2 = lists:foldl(fun(K, Acc) -> gb_trees:delete_any(K, Acc) end, T, lists:sublist(lists:reverse(Keys), 2500)),
    T3 = gb_trees:balance(T2),
    S = gb_sets:from_list(Keys),
    S2 = gb_sets:filter(fun(K) -> K rem 3 =:= 0 end, S),
    {gb_trees:size(T), gb_trees:size(T2), gb_trees:smallest(T2), gb_trees:largest(T2), erlang:phash2(T2), erlang:phash2(T3),
     slice(gb_trees:iterator_from(5000, T3), 5), gb_sets:size(S2), gb_sets:largest(S2), erlang:phash2(gb_sets:to_list(S2))}.

slice(_, 0) -> [];
slice(I, N) -> case gb_trees:next(I) of none -> []; {K, V, I2} -> [{K, V} | slice(I2, N - 1)] end.
