-module(maps_float_int_keys).
-export([start/0]).

%% Integer and float keys that are == but not =:= are distinct map keys, in small and large
%% maps; lookups, updates with :=, removal and ordering of such keys.

start() ->
    Small = #{1 => int, 1.0 => float, 2 => int2, -0.0 => negzero},
    Large = maps:from_list([{N, int} || N <- lists:seq(1, 40)] ++ [{float(N), float} || N <- lists:seq(1, 40)]),
    Lookups = [{K, maps:find(K, Small), maps:find(K, Large)} || K <- [1, 1.0, 2, 2.0, 0, 0.0, -0.0, 40, 40.0, 41]],
    Updated = Small#{1 := int_updated, 1.0 := float_updated},
    Removed = maps:remove(1, Small),
    {Small, Lookups, Updated, Removed, map_size(Large), maps:get(3.0, Large), maps:keys(Small)}.
