%% List BIFs: ++, --, length, hd, tl and lists:* BIFs.
-module(bifc_lists).
-export([start/0]).

start() -> bifc:run(cases()).

cases() ->
    All = [[V] || V <- bifvals:all()],
    Ls = [[], [1, 2, 3], [a, b, a, c, a], [1, 1.0, 1], [a | b], [1 | 2], a, <<"ab">>, "aba",
          [[1], [1], [2]], lists:seq(1, 10), [x, [y], {z}], [1.0, 1], [2, 1, 2, 1]],
    bifc:cross(erlang, [length, hd, tl], All) ++
        bifc:cross(erlang, ['++', append, '--', subtract], [[A, B] || A <- Ls, B <- Ls]) ++
        bifc:cross(lists, [reverse], [[A, B] || A <- Ls, B <- [[], [z], tail]]) ++
        bifc:cross(lists, [member], [[X, L] || X <- [1, a, 1.0], L <- Ls]) ++
        bifc:cross(lists, [keyfind, keymember, keysearch],
                   [[K, N, L]
                    || K <- [a, 1, 1.0],
                       N <- [0, 1, 2, a],
                       L <- [[], [{a, 1}, {1, b}], [{1.0, x}, {1, y}], [{a}, b, {a, 2}],
                             [{b, 1} | c], [{b, 1}, {a, 1} | c], [{}], a]]) ++
        [{erlang, '--', [lists:seq(1, 3000), lists:seq(2, 3000, 2)]},
         {erlang, '--', [lists:duplicate(5, a) ++ [b], [a, a, b, c]]},
         {erlang, '++', [lists:seq(1, 5), [a | b]]},
         {erlang, length, [lists:seq(1, 100000)]}].
