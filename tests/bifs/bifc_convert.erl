%% Number <-> text conversions, float/1 and friends.
-module(bifc_convert).
-export([start/0]).

start() -> bifc:run(cases()).

cases() ->
    All = [[V] || V <- bifvals:all()],
    Bases = bifvals:small_ints() ++ [a, 2.0, 1 bsl 70],
    FloatOpts =
        [[], [short], [compact], [{decimals, 0}], [{decimals, 2}], [{decimals, 10}, compact],
         [{decimals, 253}], [{decimals, 254}], [{decimals, -1}], [{scientific, 0}],
         [{scientific, 3}], [{scientific, 249}], [{scientific, 250}], [{decimals, 4}, short],
         [short, {decimals, 4}], [compact, {scientific, 2}], [{decimals, 20}, compact],
         [bad], [{decimals, a}], [{decimals, 1.0}], [{decimals, 2} | compact], {decimals, 2},
         [{scientific, 1, 2}], [short | short], [{decimals, 1 bsl 64}]],
    bifc:cross(erlang,
               [integer_to_list, integer_to_binary, list_to_integer, binary_to_integer,
                float_to_list, float_to_binary, list_to_float, binary_to_float, float, trunc,
                round, floor, ceil, abs],
               All) ++
        bifc:cross(string, [list_to_integer, list_to_float], All) ++
        bifc:cross(erlang, [integer_to_list, integer_to_binary],
                   [[I, B] || I <- bifvals:ints() ++ [1.0, a], B <- Bases]) ++
        bifc:cross(erlang, [list_to_integer],
                   [[L, B] || L <- bifvals:lists(), B <- [2, 8, 10, 16, 36, 37, 1, a]]) ++
        bifc:cross(erlang, [binary_to_integer],
                   [[L, B] || L <- bifvals:bins(), B <- [2, 8, 10, 16, 36, 37, 1, a]]) ++
        bifc:cross(erlang, [float_to_list, float_to_binary],
                   [[F, O] || F <- bifvals:floats() ++ [1, a], O <- FloatOpts]) ++
        [{erlang, list_to_integer, [lists:duplicate(N, $9)]} || N <- [18, 19, 20, 40, 400]] ++
        [{erlang, list_to_integer, [[$- | lists:duplicate(N, $1)], 2]} || N <- [59, 60, 64, 65]] ++
        [{erlang, list_to_float, [T]}
         || T <- ["1.0e308", "1.8e308", "1.0e-400", "-1.0e-400", "0.0e0", "1.0E+2", "1.0e+",
                  "1.0e", "1.0e-", "1..0", "1.0.0", "+1.0", "-1.0", "01.50", "1.0e0001",
                  "4.9406564584124654e-324", "2.4703282292062327e-324",
                  "2.4703282292062328e-324", "1.0e1000000000000"]] ++
        [{string, list_to_integer, [T]}
         || T <- ["12 34", "-12x", "+", "-", "+-1", "0012", [$1, $2 | tail], [$1 | 2],
                  [$1, 1000], "99999999999999999999999rest", [$-, $1, -1]]] ++
        [{string, list_to_float, [T]}
         || T <- ["1.5 x", "1.5e", "1.5e+", "1.5e+3x", "1.5ee", "1.5e3.2", "-1.0,5", "1,5",
                  "1.", ".5", "1.5e-3e", [$1, $., $5 | tail], [$1, $., $5, 1000], "1.0e400",
                  "12", "1.5e+-3", "-.5", "1.5E3", "+1.5", "+-1.5", "1.5e1000000"]].
