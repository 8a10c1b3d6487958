-module(compare_structures).
-export([start/0]).

%% Compound terms compare by size first (tuples, maps) or element-wise (lists, binaries);
%% maps compare keys in term order before values; bitstrings compare bit by bit.

start() ->
    Tuples = [{A < B, A == B} || A <- id([{}, {1}, {2}, {1, 1}, {1.0, 1}, {z}, {a, b, c}]),
                                 B <- id([{}, {1}, {0, 0}, {1, 1.0}, {a, a, a}])],
    Lists = [{A < B, A == B} || A <- id([[], [1], [1, 2], [1 | 2], [2], "a", [1.0, 2], [[1]]]),
                                B <- id([[], [1, 1], [1 | 1], [1, 2, 3], [2 | a], [1.0]])],
    Maps = [{A < B, A == B, A =:= B} || A <- id([#{}, #{a => 1}, #{a => 2}, #{b => 1}, #{1 => x},
                                                 #{1.0 => x}, #{a => 1, b => 1}, #{c => 0}]),
                                        B <- id([#{}, #{a => 1.0}, #{b => 0}, #{1 => y}, #{a => 1, c => 1},
                                                 #{2 => x}])],
    Bins = [{A < B, A == B} || A <- id([<<>>, <<0>>, <<0:1>>, <<1:1>>, <<128>>, <<1, 2>>, <<1:7>>,
                                        <<255, 0:3>>]),
                               B <- id([<<>>, <<0, 0>>, <<1:2>>, <<128:8>>, <<1, 2, 0:1>>, <<2:7>>])],
    Nested = lists:sort(id([{[1, {a, #{k => [<<1>>]}}], 2}, {[1, {a, #{k => [<<0>>]}}], 2},
                            {[1, {a, #{j => []}}], 3}, {[1, {a, #{}}], 1}, {[0], z}, {[1 | x], y}])),
    BigMaps = [{map(N) < map(N + 1), map(N) == map(N), map(40) < #{}} || N <- [1, 31, 32, 33, 64]],
    {Tuples, Lists, Maps, Bins, Nested, BigMaps}.

map(N) -> maps:from_list([{K, K} || K <- lists:seq(1, N)]).

id(X) -> X.
