-module(maps_update_chains).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Chains of updates in one expression (put_map_assoc/put_map_exact with many pairs), mixing
%% := and =>, updates that do not change the map, and updates whose := fails midway.

start() ->
    Base = id(#{a => 1, b => 2, c => 3}),
    Chains = [Base#{a := 10, b := 20}, Base#{d => 4, e => 5, a := 0}, Base#{a => 1}, Base#{a := 1},
              (Base#{x => 1})#{x := 2, y => 3}, Base#{c := Base}, ?T(Base#{a := 1, zz := 0, b := 9}),
              ?T(Base#{zz := 0}), Base#{}, Base#{1 => 1, 1.0 => 2}],
    Same = [Base#{a => 1} =:= Base, Base#{a := 1} =:= Base],
    Grow = grow(#{}, 40),
    Counter = lists:foldl(fun(W, Acc) -> maps:update_with(W, fun(C) -> C + 1 end, 1, Acc) end, #{},
                          [the, cat, sat, on, the, mat, the, end_]),
    {Chains, Same, Grow, Counter}.

grow(M, 0) -> {map_size(M), maps:get(1, M), maps:get(40, M)};
grow(M, N) -> grow(M#{N => {N, map_size(M)}}, N - 1).

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
