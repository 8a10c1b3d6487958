-module(elixir_enum_maps).
-export([start/0]).

%% Enum over maps and keyword lists (maps go through the Enumerable protocol's Map
%% implementation): map/filter/reduce/into/sort_by on maps, and Enum.into with a map
%% collectable.

start() ->
    E = 'Elixir.Enum',
    M = #{a => 1, b => 2, c => 3},
    R = [E:map(M, fun({K, V}) -> {V, K} end), E:filter(M, fun({_, V}) -> V > 1 end), E:reduce(M, 0, fun({_, V}, A) -> A + V end),
         E:into(E:map(M, fun({K, V}) -> {K, V * 10} end), #{}), E:sort_by(M, fun({_, V}) -> -V end), E:count(M),
         E:to_list(M), E:'member?'(M, {a, 1}), E:'member?'(M, {a, 2}), E:into([{x, 1}, {y, 2}], #{z => 0}),
         E:max_by(M, fun({_, V}) -> V end), E:group_by([{a, 1}, {b, 1}, {c, 2}], fun({_, V}) -> V end, fun({K, _}) -> K end),
         E:into(M, []), E:zip_with([1, 2], [3, 4], fun(X, Y) -> X * Y end), E:sum(maps:values(M))],
    R.
