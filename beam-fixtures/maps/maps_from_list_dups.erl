-module(maps_from_list_dups).
-export([start/0]).

%% maps:from_list/1 and map construction with duplicate keys: the last value wins, for
%% small and large results, and for keys that only become duplicates when the map grows.

start() ->
    A = maps:from_list([{a, 1}, {b, 2}, {a, 3}]),
    B = maps:from_list([{N rem 40, N} || N <- lists:seq(1, 200)]),
    C = maps:from_list([{K, V} || {K, V} <- [{x, 1}, {y, 2}, {x, 3}, {y, 4}, {z, 5}, {x, 6}]]),
    D = #{(id(k)) => first, (id(k)) => second},
    E = maps:from_list([]),
    {A, B, C, D, E}.

id(X) -> X.
