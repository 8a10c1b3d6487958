-module(maps_comprehension_like).
-export([start/0]).

%% Building and consuming maps with list comprehensions and folds (OTP 25 has no map
%% comprehensions): inverting, filtering, merging with conflict resolution, and
%% converting between maps, proplists and lists of pairs.

start() ->
    M = #{apple => 3, banana => 5, cherry => 3, date => 1},
    Inverted = lists:foldl(fun({K, V}, Acc) -> maps:update_with(V, fun(L) -> lists:sort([K | L]) end, [K], Acc) end, #{}, maps:to_list(M)),
    Filtered = maps:from_list([{K, V} || {K, V} <- maps:to_list(M), V > 2]),
    Merged = lists:foldl(fun(Map, Acc) -> maps:merge_with(fun(_, A, B) -> A + B end, Acc, Map) end, #{},
                         [#{a => 1}, #{a => 2, b => 1}, #{b => 10, c => 0}]),
    Keys = lists:sort(maps:keys(M)),
    {Inverted, Filtered, Merged, Keys}.
