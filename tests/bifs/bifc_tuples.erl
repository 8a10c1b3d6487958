%% Tuple BIFs.
-module(bifc_tuples).
-export([start/0]).

start() -> bifc:run(cases()).

cases() ->
    All = [[V] || V <- bifvals:all()],
    Ts = bifvals:tuples() ++ [a, [a], 1],
    Is = [-1, 0, 1, 2, 3, 4, 21, 1 bsl 64, a, 1.0],
    bifc:cross(erlang, [tuple_to_list, list_to_tuple, tuple_size, size], All) ++
        bifc:cross(erlang, [element], [[I, T] || I <- Is, T <- Ts]) ++
        bifc:cross(erlang, [setelement, insert_element], [[I, T, x] || I <- Is, T <- Ts]) ++
        bifc:cross(erlang, [delete_element], [[I, T] || I <- Is, T <- Ts]) ++
        bifc:cross(erlang, [append_element], [[T, x] || T <- Ts]) ++
        bifc:cross(erlang, [make_tuple], [[N, x] || N <- [-1, 0, 1, 3, 16#1000000 * 0 + 5, a, 1.0, 1 bsl 64]]) ++
        bifc:cross(erlang, [make_tuple],
                   [[N, x, L]
                    || N <- [0, 3, -1, a],
                       L <- [[], [{1, a}], [{3, c}, {1, a}, {3, d}], [{4, a}], [{0, a}],
                             [{1, a} | b], [{1, a, b}], [a], [{a, 1}], {1, a}, [{1.0, a}]]]) ++
        [{erlang, make_tuple, [16#1000000, x]},
         {erlang, make_tuple, [16#1000001, x]},
         {erlang, list_to_tuple, [lists:seq(1, 100)]}].
