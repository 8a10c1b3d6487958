-module(maps_module).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% The maps module on small maps (term-ordered): every function with normal and bad input.

start() ->
    M = id(#{a => 1, b => 2, c => 3}),
    Fns = [maps:put(d, 4, M), maps:put(a, 0, M), maps:remove(b, M), maps:remove(zz, M),
           maps:update(a, 9, M), ?T(maps:update(zz, 9, M)), maps:merge(M, #{c => 30, e => 5}),
           maps:merge(#{}, M), maps:from_list([{x, 1}, {y, 2}, {x, 3}]), ?T(maps:from_list([a])),
           maps:to_list(M), maps:keys(M), maps:values(M), maps:size(M), maps:new(),
           maps:with([a, c, zz], M), maps:without([a, zz], M), maps:take(a, M), maps:take(zz, M),
           maps:map(fun(_K, V) -> V * 10 end, M), maps:filter(fun(K, _V) -> K =/= b end, M),
           maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], M),
           maps:update_with(a, fun(V) -> V + 100 end, M), maps:update_with(z, fun(V) -> V end, init, M),
           ?T(maps:update_with(z, fun(V) -> V end, M)), maps:get(a, M), maps:find(c, M),
           maps:from_keys([p, q], 0), maps:filtermap(fun(a, _) -> false; (b, V) -> {true, V * 2}; (_, _) -> true end, M),
           maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 10)),
           maps:groups_from_list(fun(X) -> X rem 2 end, fun(X) -> X * X end, lists:seq(1, 6)),
           maps:merge_with(fun(_K, V1, V2) -> V1 + V2 end, M, #{a => 100, z => 0}),
           maps:intersect(M, #{a => x, z => y}), maps:intersect_with(fun(_K, V1, V2) -> {V1, V2} end, M, #{b => bb}),
           ?T(maps:put(a, 1, id(notmap))), ?T(maps:remove(a, id([]))), ?T(maps:merge(M, id(x))),
           ?T(maps:keys(id(x))), ?T(maps:with(id(a), M)), ?T(maps:from_list(id(x)))],
    Iter = [maps:next(maps:iterator(#{})), element(1, maps:next(maps:iterator(M))),
            element(1, maps:next(element(3, maps:next(maps:iterator(M)))))],
    Ordered = [maps:to_list(maps:from_list([{K, K} || K <- Ks])) || Ks <- [[3, 1, 2], [b, 1, a, "x", 2.0, {}]]],
    {Fns, Iter, Ordered}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
