-module(funs_fold_pipelines).
-export([start/0]).

%% Data pipelines built from funs over larger inputs: map/filter/fold chains, grouping with
%% funs that return keys, and a fun-based state machine driven by a list of events.

start() ->
    Data = [{N, N rem 7, N * N rem 13} || N <- lists:seq(1, 500)],
    Pipeline = [fun(L) -> [X || {_, K, _} = X <- L, K > 2] end, fun(L) -> [{K, V} || {_, K, V} <- L] end,
                fun(L) -> lists:foldl(fun({K, V}, M) -> maps:update_with(K, fun(S) -> S + V end, V, M) end, #{}, L) end],
    Result = lists:foldl(fun(F, Acc) -> F(Acc) end, Data, Pipeline),
    Machine = #{locked => fun(coin) -> unlocked; (_) -> locked end, unlocked => fun(push) -> locked; (_) -> unlocked end},
    Trace = lists:foldl(fun(E, [S | _] = Acc) -> [(maps:get(S, Machine))(E) | Acc] end, [locked],
                        [push, coin, coin, push, push, coin, push]),
    {Result, lists:reverse(Trace)}.
