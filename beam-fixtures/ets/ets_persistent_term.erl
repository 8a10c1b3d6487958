-module(ets_persistent_term).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% persistent_term: put/get/erase with every kind of key and value, get/2 defaults, the
%% errors, replacing values, info/0 counts, and get/0 restricted to this fixture's keys.

start() ->
    Keys = [{ets_pt, K} || K <- [1, 2, 3, 4, 5]],
    [K1, K2, K3, K4, K5] = Keys,
    Big = lists:seq(1, 1000),
    Bin = list_to_binary(lists:duplicate(200, $x)),
    Put = [persistent_term:put(K1, value1), persistent_term:put(K2, #{map => [1, 2.5, <<"b">>]}),
           persistent_term:put(K3, Big), persistent_term:put(K4, Bin), persistent_term:put(K5, {nested, {deep, [Bin]}})],
    Get = [persistent_term:get(K1), persistent_term:get(K2), length(persistent_term:get(K3)),
           byte_size(persistent_term:get(K4)), persistent_term:get(K5) =:= {nested, {deep, [Bin]}},
           persistent_term:get({ets_pt, missing}, default), persistent_term:get(K1, default),
           ?T(persistent_term:get({ets_pt, missing}))],
    Mine = lists:sort([{K, V} || {{ets_pt, _} = K, V} <- persistent_term:get(), K =/= K3, K =/= K4, K =/= K5]),
    Replace = [persistent_term:put(K1, value2), persistent_term:get(K1), persistent_term:put(K1, value2),
               persistent_term:erase(K1), persistent_term:erase(K1), persistent_term:get(K1, gone)],
    Info = persistent_term:info(),
    InfoShape = [lists:sort(maps:keys(Info)), is_integer(maps:get(count, Info)), is_integer(maps:get(memory, Info))],
    Count0 = maps:get(count, persistent_term:info()),
    persistent_term:put({ets_pt, extra}, 1),
    Count1 = maps:get(count, persistent_term:info()),
    persistent_term:erase({ets_pt, extra}),
    Count2 = maps:get(count, persistent_term:info()),
    Funs = [persistent_term:put({ets_pt, 'fun'}, fun lists:sort/1), (persistent_term:get({ets_pt, 'fun'}))([3, 1, 2])],
    Errs = [?T(persistent_term:erase()), ?T(persistent_term:get(a, b, c))],
    Clean = [persistent_term:erase(K) || K <- Keys ++ [{ets_pt, 'fun'}]],
    {Put, Get, Mine, Replace, InfoShape, Count1 - Count0, Count2 - Count0, Funs, Errs, Clean}.

catching(F) ->
    try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, [{error_info, I} | _]} | _]) -> {M, F, A, I};
info(_) -> none.
