-module(maps_large_ops).
-export([start/0]).

%% Operations on hash-trie maps (more than 32 keys, integer and binary keys only so the
%% internal order is stable): put/update/remove at scale, merge of two large maps, equality
%% of maps built in different orders, and shrinking back to a flat map.

start() ->
    Up = lists:foldl(fun(K, M) -> M#{K => K * 2} end, #{}, lists:seq(1, 200)),
    Down = lists:foldl(fun(K, M) -> M#{K => K * 2} end, #{}, lists:seq(200, 1, -1)),
    FromList = maps:from_list([{K, K * 2} || K <- lists:seq(1, 200)]),
    Same = {Up =:= Down, Up =:= FromList, maps:to_list(Up) =:= maps:to_list(Down), Up == Down},
    Updated = lists:foldl(fun(K, M) -> M#{K := -K} end, Up, lists:seq(1, 200, 3)),
    Removed = lists:foldl(fun(K, M) -> maps:remove(K, M) end, Up, lists:seq(1, 200, 2)),
    Shrunk = lists:foldl(fun(K, M) -> maps:remove(K, M) end, Up, lists:seq(1, 170)),
    Merged = maps:merge(maps:from_list([{K, a} || K <- lists:seq(1, 60)]), maps:from_list([{K, b} || K <- lists:seq(40, 100)])),
    Bins = maps:from_list([{<<K:16>>, K} || K <- lists:seq(1, 50)]),
    Lookups = [{maps:get(K, Up, none), maps:find(K, Removed), maps:is_key(K, Shrunk)} || K <- [1, 2, 100, 171, 200, 201]],
    {Same, maps:to_list(Updated), maps:keys(Removed), Shrunk, maps:to_list(Merged), Bins, Lookups,
     [map_size(M) || M <- [Up, Updated, Removed, Shrunk, Merged, Bins]]}.
