-module(otp_maps_erlang_parts).
-export([start/0]).

%% The functions of the real maps module that are written in Erlang (map, filter, fold,
%% filtermap, foreach, groups_from_list, iterator/next, with/without, update_with,
%% intersect_with, merge_with, from_keys) on small and large maps, with integer keys so
%% large-map orders are stable.

start() ->
    Small = #{1 => a, 2 => b, 3 => c},
    Large = maps:from_list([{N, N rem 7} || N <- lists:seq(1, 60)]),
    R = [maps:map(fun(K, V) -> {K, V} end, Small), maps:filter(fun(_, V) -> V =:= 0 end, Large),
         maps:fold(fun(K, V, A) -> A + K * V end, 0, Large), maps:filtermap(fun(K, V) -> K < 10 andalso {true, V * 2} end, Large),
         maps:groups_from_list(fun(X) -> X rem 3 end, fun(X) -> -X end, lists:seq(1, 10)), maps:with([1, 59, 100], Large),
         maps:without(lists:seq(5, 60), Large), maps:update_with(1, fun(V) -> {old, V} end, Small),
         maps:merge_with(fun(K, A, B) -> {K, A, B} end, Small, #{3 => z, 4 => w}),
         maps:intersect_with(fun(_, A, B) -> [A, B] end, Large, #{1 => x, 2 => y, 99 => q}),
         maps:from_keys(lists:seq(1, 40), k),
         take_all(maps:iterator(Large), [])],
    {R}.

take_all(I, Acc) ->
    case maps:next(I) of
        none -> length(Acc);
        {K, V, I2} -> take_all(I2, [{K, V} | Acc])
    end.
