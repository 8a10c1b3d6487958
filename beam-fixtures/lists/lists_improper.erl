-module(lists_improper).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Improper and nested lists: how they print, how they match, which BIFs reject them,
%% and the empty-list/nil corner cases.

start() ->
    Terms = [[1 | 2], [1, 2 | 3], [[1 | 2] | [3 | 4]], [[] | []], [[[]]], [a | b], [[a | b] | c],
             [1 | [2 | [3 | []]]], [1 | {2}], [1 | <<2>>], [[] | x], [x | []], ["ab" | "cd"], ["a" | $b],
             [1 | #{}], [[1, 2] | [[3] | []]]],
    Match = [classify(T) || T <- Terms],
    Lengths = [?T(length(T)) || T <- Terms],
    IsList = [{is_list(T), proper(T)} || T <- Terms],
    Flatten = [?T(lists:flatten(T)) || T <- [[[1], [[2]], 3], [[a | b]], [[], [[]], [[[]]]]]],
    IoLists = [?T(iolist_to_binary(T)) || T <- [[1 | <<2>>], ["ab" | <<"cd">>], [<<"a">> | "b"], [1 | 2], [[] | []]]],
    Build = build(5, nil_tail),
    Deep = deep_nest(20),
    {Terms, Match, Lengths, IsList, Flatten, IoLists, Build, Deep}.

classify([]) -> nil;
classify([_ | []]) -> one;
classify([_, _ | []]) -> two;
classify([_ | T]) when is_list(T) -> {longer, classify(T)};
classify([_ | T]) -> {improper_tail, T}.

proper([]) -> true;
proper([_ | T]) -> proper(T);
proper(_) -> false.

build(0, Tail) -> Tail;
build(N, Tail) -> [N | build(N - 1, Tail)].

deep_nest(0) -> [];
deep_nest(N) -> [deep_nest(N - 1) | N].

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
