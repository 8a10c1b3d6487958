-module(maps_iterators).
-export([start/0]).

%% maps:iterator/next, maps:fold/map/filter/filtermap/foreach over small and large maps,
%% and that every traversal visits keys in the same order as maps:to_list.

start() ->
    Small = #{c => 3, a => 1, b => 2},
    Large = maps:from_list([{N, N * N} || N <- lists:seq(1, 50)]),
    Results = [traverse(M) || M <- [#{}, Small, Large]],
    Partial = partial(maps:iterator(Large), 5, []),
    {Results, Partial}.

traverse(M) ->
    List = maps:to_list(M),
    Iter = walk(maps:next(maps:iterator(M)), []),
    Fold = lists:reverse(maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], M)),
    Mapped = maps:to_list(maps:map(fun(_K, V) -> V + 1 end, M)),
    Filtered = maps:keys(maps:filter(fun(K, _) -> is_integer(K) andalso K rem 2 =:= 0 orelse K =:= a end, M)),
    {List =:= Iter, List =:= Fold, length(List), Mapped, Filtered, ok =:= maps:foreach(fun(_, _) -> ok end, M)}.

walk(none, Acc) -> lists:reverse(Acc);
walk({K, V, I}, Acc) -> walk(maps:next(I), [{K, V} | Acc]).

partial(_, 0, Acc) -> lists:reverse(Acc);
partial(I, N, Acc) -> {K, V, I2} = maps:next(I), partial(I2, N - 1, [{K, V} | Acc]).
