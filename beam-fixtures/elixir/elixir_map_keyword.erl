-module(elixir_map_keyword).
-export([start/0]).

%% Elixir's Map and Keyword modules.

start() ->
    M = 'Elixir.Map',
    K = 'Elixir.Keyword',
    Base = #{a => 1, b => 2, c => 3},
    Maps = [M:get(Base, a), M:get(Base, z, default), M:put(Base, d, 4), M:delete(Base, a), M:merge(Base, #{a => 10}),
            M:merge(Base, #{a => 10}, fun(_K, V1, V2) -> V1 + V2 end), M:update(Base, a, 0, fun(V) -> V + 100 end),
            M:update(Base, z, 0, fun(V) -> V end), M:take(Base, [a, b, z]), M:drop(Base, [a]), M:split(Base, [a, c]),
            M:keys(Base), M:values(Base), M:to_list(Base), M:new([{x, 1}, {y, 2}]), M:new([1, 2], fun(X) -> {X, X * X} end),
            M:'has_key?'(Base, b), M:fetch(Base, c), M:fetch(Base, z), M:pop(Base, a), M:pop(Base, z, none),
            M:get_and_update(Base, a, fun(V) -> {V, V * 2} end), M:filter(Base, fun({_, V}) -> V > 1 end),
            M:reject(Base, fun({K1, _}) -> K1 =:= b end), M:replace(Base, a, replaced), M:put_new(Base, a, ignored),
            M:put_new_lazy(Base, n, fun() -> lazy end), M:'equal?'(Base, #{a => 1, b => 2, c => 3}), M:from_struct(#{'__struct__' => s, f => 1})],
    KW = [{a, 1}, {b, 2}, {a, 3}],
    Kws = [K:get(KW, a), K:get_values(KW, a), K:put(KW, a, 9), K:delete(KW, a), K:keys(KW), K:values(KW), K:'has_key?'(KW, b),
           K:merge(KW, [{c, 4}, {a, 0}]), K:take(KW, [a]), K:drop(KW, [b]), K:fetch(KW, b), K:pop(KW, a), K:new([{z, 1}, {z, 2}]),
           K:update(KW, b, 0, fun(V) -> V * 10 end), K:'keyword?'([{a, 1}]), K:'keyword?'([a]), K:to_list(KW),
           K:split(KW, [a]), K:put_new(KW, c, 5), K:replace(KW, b, 20), K:filter(KW, fun({_, V}) -> V > 1 end)],
    {Maps, Kws}.
