-module(elixir_enum_basic).
-export([start/0]).

%% Elixir's Enum on lists, called from Erlang: map/filter/reduce/sort/uniq/zip/chunk and
%% friends. List arguments take Enum's direct list clauses (no protocol dispatch).

start() ->
    L = [5, 3, 8, 1, 9, 2, 7, 3],
    E = 'Elixir.Enum',
    R = [E:map(L, fun(X) -> X * 2 end), E:filter(L, fun(X) -> X > 4 end), E:reject(L, fun(X) -> X > 4 end),
         E:reduce(L, 0, fun(X, A) -> X + A end), E:reduce(L, fun(X, A) -> max(X, A) end), E:sort(L),
         E:sort(L, fun(A, B) -> A >= B end), E:sort_by(L, fun(X) -> -X end), E:uniq(L), E:dedup([1, 1, 2, 2, 1]),
         E:zip(L, [a, b, c]), E:unzip([{1, a}, {2, b}]), E:chunk_every(L, 3), E:chunk_every(L, 3, 2, [pad]),
         E:chunk_by([1, 1, 2, 3, 3], fun(X) -> X end), E:with_index([a, b, c]), E:reverse(L), E:take(L, 3),
         E:take(L, -2), E:drop(L, 5), E:take_while(L, fun(X) -> X > 2 end), E:drop_while(L, fun(X) -> X > 2 end),
         E:split(L, 3), E:split_with(L, fun(X) -> X rem 2 =:= 0 end), E:count(L), E:count(L, fun(X) -> X > 4 end),
         E:sum(L), E:product([1, 2, 3, 4]), E:max(L), E:min(L), E:min_max(L), E:max_by([{a, 3}, {b, 9}], fun({_, V}) -> V end),
         E:'member?'(L, 9), E:find(L, fun(X) -> X > 7 end), E:find_index(L, fun(X) -> X =:= 1 end), E:at(L, 2), E:at(L, 99),
         E:fetch(L, -1), E:'all?'(L, fun is_integer/1), E:'any?'(L, fun(X) -> X > 8 end), E:'empty?'([]), E:concat([[1], [2, 3]]),
         E:flat_map(L, fun(X) -> [X, X] end), E:frequencies(L), E:group_by(L, fun(X) -> X rem 3 end), E:join([1, a, <<"b">>], <<"-">>),
         E:map_join(L, <<",">>, fun(X) -> X * 10 end), E:intersperse([1, 2, 3], 0), E:scan([1, 2, 3], fun(X, A) -> X + A end),
         E:slice(L, 2, 3), E:each(L, fun(_) -> ok end), E:into([{a, 1}], #{}), E:to_list([1, 2]), E:shuffle([]),
         E:random([7]), E:frequencies_by([<<"a">>, <<"bb">>, <<"c">>], fun erlang:byte_size/1)],
    R.
