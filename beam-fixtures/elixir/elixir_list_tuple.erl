-module(elixir_list_tuple).
-export([start/0]).

%% Elixir's List and Tuple modules.

start() ->
    L = 'Elixir.List',
    T = 'Elixir.Tuple',
    Lists = [L:flatten([1, [2, [3, [4]]]]), L:flatten([1, [2]], [3]), L:foldl([1, 2, 3], 0, fun(X, A) -> X - A end),
             L:foldr([1, 2, 3], 0, fun(X, A) -> X - A end), L:first([1, 2]), L:first([]), L:last([1, 2]), L:duplicate(x, 3),
             L:wrap(nil), L:wrap(1), L:wrap([1]), L:delete([1, 2, 1], 1), L:delete_at([1, 2, 3], -1), L:insert_at([1, 2], 1, x),
             L:replace_at([1, 2, 3], 0, z), L:update_at([1, 2, 3], 1, fun(X) -> X * 10 end), L:keyfind([{a, 1}], a, 0),
             L:keydelete([{a, 1}, {b, 2}], a, 0), L:keystore([{a, 1}], b, 0, {b, 2}), L:keysort([{b, 1}, {a, 2}], 0),
             L:zip([[1, 2], [a, b]]), L:to_tuple([1, 2]), L:to_string([104, 105, <<"!">>]), L:to_integer([$4, $2]),
             L:to_float([$1, $., $5]), L:to_atom([$o, $k]), L:'ascii_printable?'([$a, 7]), L:'improper?'([1 | 2]),
             L:'starts_with?'([1, 2, 3], [1, 2]), L:pop_at([1, 2, 3], 1), L:myers_difference([1, 2, 3], [1, 4, 3])],
    Tuples = [T:append({1}, 2), T:delete_at({a, b, c}, 1), T:insert_at({a, c}, 1, b), T:duplicate(z, 3), T:to_list({1, 2}),
              T:product({2, 3, 4}), T:sum({1, 2.5})],
    {Lists, Tuples}.
