-module(maps_equality_nested).
-export([start/0]).

%% Equality and ordering of maps nested in other terms, maps as keys of maps, and maps
%% whose values differ only in integer/float type (== vs =:=).

start() ->
    A = #{k => #{inner => [1, 2.0]}, #{key => map} => value},
    B = #{k => #{inner => [1, 2]}, #{key => map} => value},
    C = #{#{key => map} => value, k => #{inner => [1, 2.0]}},
    Keyed = #{#{a => 1} => one, #{a => 1.0} => one_float, #{} => empty, #{b => [x]} => list},
    Lookups = [maps:get(#{a => 1}, Keyed), maps:get(#{a => 1.0}, Keyed), maps:find(#{a => 2}, Keyed), maps:get(#{}, Keyed)],
    {A == B, A =:= B, A =:= C, A < B, lists:sort([A, B, C]), Keyed, Lookups, [{X, Y} || X <- [A, B], Y <- [B, C], X < Y]}.
