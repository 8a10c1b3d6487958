-module(otp_proplists_orddict).
-export([start/0]).

%% proplists, orddict and ordsets from the real stdlib.

start() ->
    P = [{a, 1}, b, {c, 3}, {a, 2}, {d, true}, {e}, {f, 1, 2}],
    Prop = [proplists:get_value(a, P), proplists:get_value(b, P), proplists:get_value(z, P, def), proplists:get_all_values(a, P),
            proplists:get_bool(b, P), proplists:get_bool(d, P), proplists:get_bool(c, P), proplists:lookup(c, P),
            proplists:lookup_all(a, P), proplists:is_defined(e, P), proplists:delete(a, P), proplists:get_keys(P),
            proplists:append_values(a, P), proplists:substitute_aliases([{b, bee}], P), proplists:substitute_negations([{no_b, b}], [no_b]),
            proplists:expand([{b, [x, y]}], P), proplists:compact([{a, true}, {b, false}, c]), proplists:unfold([a, {b, 1}]),
            proplists:normalize([a, {b, true}], [{aliases, [{a, aa}]}]), proplists:split(P, [a, c]),
            proplists:to_map(P), proplists:from_map(#{x => 1}), proplists:property(a, true), proplists:property({k, v})],
    D0 = orddict:from_list([{c, 3}, {a, 1}, {b, 2}, {a, 10}]),
    Dict = [D0, orddict:store(d, 4, D0), orddict:erase(b, D0), orddict:fetch(c, D0), orddict:find(z, D0),
            orddict:is_key(a, D0), orddict:append(e, x, D0), orddict:append_list(a, [y], orddict:store(a, [], D0)),
            orddict:update_counter(a, 5, D0), orddict:update(b, fun(V) -> V * 100 end, D0),
            orddict:update(z, fun(V) -> V end, init, D0), orddict:merge(fun(_, A, B) -> A + B end, D0, [{a, 1}, {z, 26}]),
            orddict:fold(fun(K, V, Acc) -> [{V, K} | Acc] end, [], D0), orddict:map(fun(_, V) -> -V end, D0),
            orddict:filter(fun(_, V) -> V > 1 end, D0), orddict:size(D0), orddict:to_list(D0), orddict:take(a, D0),
            catching(fun() -> orddict:fetch(zz, D0) end)],
    S1 = ordsets:from_list([3, 1, 2, 3, a, "b"]),
    S2 = ordsets:from_list([2, 3, 4]),
    Sets = [S1, ordsets:union(S1, S2), ordsets:intersection(S1, S2), ordsets:subtract(S1, S2), ordsets:is_element(a, S1),
            ordsets:add_element(0, S1), ordsets:del_element(a, S1), ordsets:is_subset([2, 3], S2), ordsets:is_disjoint(S1, [z]),
            ordsets:union([S1, S2, [x]]), ordsets:intersection([S1, S2, [3]]), ordsets:filter(fun is_integer/1, S1),
            ordsets:fold(fun(X, A) -> [X | A] end, [], S2), ordsets:size(S1), ordsets:is_set([1, 1]), ordsets:is_set([1, 2])],
    {Prop, Dict, Sets}.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
