-module(maps_basic).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Map construction, update with => and :=, matching, the errors {badkey,K} and
%% {badmap,M}, and keys that are equal but not exactly equal (1 and 1.0 are different keys).

start() ->
    M0 = id(#{}),
    M1 = M0#{a => 1, b => 2},
    M2 = M1#{a := 10},
    M3 = M2#{1 => int, 1.0 => float, [] => nil, {} => tuple, <<>> => bin, "s" => str},
    Updates = [?T((id(M1))#{c := 3}), ?T((id(not_a_map))#{a => 1}), ?T((id([]))#{a := 1}),
               ?T((id(M1))#{a := 1, zz := 2}), (id(M1))#{(id(a)) => 1, (id(a)) => 2}],
    Get = [maps:get(a, M2), maps:get(1, M3), maps:get(1.0, M3), ?T(maps:get(2, M3)), maps:get(z, M3, default),
           ?T(maps:get(a, id(x))), maps:find(b, M3), maps:find(zz, M3), maps:is_key(1.0, M3), maps:is_key(2.0, M3)],
    Sizes = [map_size(M) || M <- [M0, M1, M2, M3]],
    Matches = [m(M) || M <- [M0, M1, M2, M3, #{a => x}, #{b => 2, c => 3}, #{{k} => v}, not_map]],
    Printed = [M3, #{z => 1, a => 2, m => 3}, #{3 => c, 1 => a, 2 => b}, #{1.0 => f, 1 => i},
               #{[b] => 1, [a] => 2, a => 3, 0 => 4, {} => 5, <<>> => 6, #{} => 7}],
    Nested = #{outer => #{inner => #{leaf => [1, 2, 3]}}},
    #{outer := #{inner := #{leaf := Leaf}}} = Nested,
    Update = (id(Nested))#{outer := #{inner => replaced}},
    GuardSize = [g(M) || M <- [M0, M1, M3, #{x => 1}]],
    {M1, M2, Updates, Get, Sizes, Matches, Printed, Leaf, Update, GuardSize}.

m(#{a := 10, b := B}) -> {a10, B};
m(#{a := A}) when is_integer(A) -> {int_a, A};
m(#{a := A}) -> {other_a, A};
m(#{b := 2, c := C}) -> {bc, C};
m(#{{k} := V}) -> {tuple_key, V};
m(#{}) -> any_map;
m(_) -> not_a_map.

g(M) when map_size(M) =:= 0 -> empty;
g(M) when is_map_key(a, M), map_get(a, M) > 5 -> big_a;
g(M) when is_map_key(a, M) -> has_a;
g(_) -> other.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
