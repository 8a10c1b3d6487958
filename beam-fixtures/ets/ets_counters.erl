-module(ets_counters).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% update_counter in every form (Incr, {Pos,Incr}, {Pos,Incr,Threshold,SetValue}, lists, the
%% /4 default object) with bignums and every error cause; update_element.

start() ->
    S = ets:new(s, [set]),
    O = ets:new(o, [ordered_set]),
    R = [counters(T) || T <- [S, O]],
    {R, elements(S), elements(O)}.

counters(T) ->
    ets:insert(T, [{a, 0, 10, x}, {b, 5}, {c, 1 bsl 62, -3}]),
    [ets:update_counter(T, a, 1), ets:update_counter(T, a, -3), ets:update_counter(T, a, {3, 5}),
     ets:lookup(T, a),
     ets:update_counter(T, a, {2, 10, 5, 0}), ets:update_counter(T, a, {2, -10, -5, 100}),
     ets:update_counter(T, a, {2, 0, -1, 7}), ets:update_counter(T, a, {3, 1, 15, 15}),
     ets:update_counter(T, a, [{2, 1}, {3, -1}, {2, 1}, {3, 100, 50, -50}]),
     ets:update_counter(T, a, []), ets:lookup(T, a),
     ets:update_counter(T, c, {2, 1 bsl 62}), ets:update_counter(T, c, {2, -(1 bsl 63)}),
     ets:update_counter(T, c, {2, 1 bsl 64, 1 bsl 65, -1}), ets:update_counter(T, c, {3, -(1 bsl 70), -(1 bsl 69), 1 bsl 80}),
     ets:lookup(T, c),
     ets:update_counter(T, d, 5, {d, 100}), ets:update_counter(T, d, 5, {zz, 0}), ets:lookup(T, d),
     ets:update_counter(T, e, [{2, 1}, {3, 2}], {e, 0, 0}), ets:lookup(T, e),
     ets:update_counter(T, f, {2, 1, 0, 9}, {f, 0}), ets:lookup(T, f),
     ?T(ets:update_counter(T, zz, 1)), ?T(ets:update_counter(T, zz, foo)),
     ?T(ets:update_counter(T, a, {1, 1})), ?T(ets:update_counter(T, a, {5, 1})),
     ?T(ets:update_counter(T, a, {0, 1})), ?T(ets:update_counter(T, a, {4, 1})),
     ?T(ets:update_counter(T, a, 1.0)), ?T(ets:update_counter(T, a, {2, 1, 1.0, 1})),
     ?T(ets:update_counter(T, a, {2, 1, 1})), ?T(ets:update_counter(T, a, {x, 1})),
     ?T(ets:update_counter(T, a, [{2, 1}, {9, 1}])), ?T(ets:update_counter(T, a, [{2, 1} | foo])),
     ets:lookup(T, a),
     ?T(ets:update_counter(T, g, 1, {g})), ?T(ets:update_counter(T, g, 1, foo)),
     ?T(ets:update_counter(T, g, 1, {g, x})), ets:lookup(T, g),
     ?T(ets:update_counter(T, b, {2, 1}, {b, x})), ets:lookup(T, b)].

elements(T) ->
    ets:insert(T, {k, 1, 2, 3}),
    [ets:update_element(T, k, {2, x}), ets:update_element(T, k, [{3, y}, {4, z}, {3, yy}]),
     ets:lookup(T, k), ets:update_element(T, k, []),
     ets:update_element(T, nokey, {2, x}), ets:update_element(T, nokey, {9, x}),
     ets:update_element(T, nokey, foo),
     ?T(ets:update_element(T, k, {1, x})), ?T(ets:update_element(T, k, {5, x})),
     ?T(ets:update_element(T, k, {0, x})), ?T(ets:update_element(T, k, [{2, a}, {5, b}])),
     ?T(ets:update_element(T, k, foo)), ?T(ets:update_element(T, k, [{2, a} | b])),
     ets:lookup(T, k)].

catching(F) ->
    try F() catch C:R:S -> {C, R, info(S)} end.
info([{_, _, _, [{error_info, I} | _]} | _]) -> I;
info(_) -> none.
