-module(hash_phash2_nested).
-export([start/0]).

%% erlang:phash2 of compound terms: lists vs strings vs improper lists, tuples of every
%% size, nested structures, maps (whose hash does not depend on internal order), external
%% funs, and the {Term, Range} variants with ranges up to 2^32.

start() ->
    Terms = [[], [[]], [1], [1, 2], [1 | 2], "abc", [97, 98, 99], [$a | <<"bc">>], {}, {{}}, {1}, {1, 2}, {1, {2, {3}}},
             list_to_tuple(lists:seq(1, 50)), [{a, 1}, {b, 2}], #{}, #{1 => 2}, #{1 => 2, 3 => 4},
             maps:from_list([{N, N} || N <- lists:seq(1, 100)]), [#{x => [y]}], fun lists:seq/2, fun erlang:'+'/2,
             {[<<1, 2>>], #{<<"k">> => [1.5, -3]}, 'atom', "str"}, lists:seq(1, 1000)],
    H = [erlang:phash2(T) || T <- Terms],
    Ranges = [[erlang:phash2(T, R) || R <- [2, 3, 1 bsl 16, (1 bsl 32) - 1, 1 bsl 32]] || T <- lists:sublist(Terms, 10)],
    MapOrder = erlang:phash2(maps:from_list([{N, N} || N <- lists:seq(100, 1, -1)])) =:= erlang:phash2(lists:nth(19, Terms)),
    {H, Ranges, MapOrder}.
