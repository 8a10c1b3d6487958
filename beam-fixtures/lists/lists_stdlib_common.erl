-module(lists_stdlib_common).
-export([start/0]).

%% The lists functions that ordinary code uses everywhere (these may come from otp-lite):
%% seq, nth, nthtail, sublist, last, sum, max/min, map/filter/foldl/foldr, zip/unzip,
%% flatten, append, delete, duplicate, reverse, member, keyfind-family, any/all, partition,
%% splitwith, takewhile/dropwhile, usort, flatmap, foreach, mapfoldl, enumerate-like seq.

start() ->
    L = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5],
    Results =
        [lists:seq(1, 5), lists:seq(5, 1, -1), lists:seq(1, 10, 3), lists:seq(1, 0), lists:nth(3, L),
         lists:nthtail(8, L), lists:sublist(L, 4), lists:sublist(L, 3, 4), lists:last(L), lists:sum(L),
         lists:max(L), lists:min(L), lists:map(fun(X) -> X + 1 end, L), lists:filter(fun(X) -> X > 3 end, L),
         lists:foldl(fun(X, A) -> A * 10 + X end, 0, L), lists:foldr(fun(X, A) -> [X | A] end, [end_], L),
         lists:zip([1, 2, 3], [a, b, c]), lists:unzip([{1, a}, {2, b}]), lists:zip3([1], [2], [3]),
         lists:flatten([[1, [2]], [], [[3]]]), lists:append([[1], [2, 3], []]), lists:append("ab", "cd"),
         lists:delete(1, L), lists:delete(z, L), lists:duplicate(3, ab), lists:reverse(L), lists:member(9, L),
         lists:keyfind(2, 1, [{1, a}, {2, b}]), lists:keydelete(1, 1, [{1, a}, {2, b}, {1, c}]),
         lists:keyreplace(2, 1, [{1, a}, {2, b}], {2, z}), lists:keystore(3, 1, [{1, a}], {3, c}),
         lists:keytake(1, 1, [{1, a}, {2, b}]), lists:any(fun(X) -> X > 8 end, L), lists:all(fun is_integer/1, L),
         lists:partition(fun(X) -> X rem 2 =:= 0 end, L), lists:splitwith(fun(X) -> X < 5 end, L),
         lists:takewhile(fun(X) -> X =/= 9 end, L), lists:dropwhile(fun(X) -> X =/= 9 end, L), lists:usort(L),
         lists:flatmap(fun(X) -> [X, X] end, [1, 2]), lists:mapfoldl(fun(X, S) -> {X * 2, S + X} end, 0, L),
         lists:mapfoldr(fun(X, S) -> {S, S + X} end, 0, [1, 2, 3]), lists:split(4, L), lists:subtract(L, [5, 5]),
         lists:prefix([3, 1], L), lists:suffix([3, 5], L), lists:join(x, [a, b, c]), lists:concat([a, 1, "b", 2.5]),
         lists:filtermap(fun(X) when X > 4 -> {true, X * 10}; (X) -> X =:= 1 end, L), lists:sort(L),
         lists:umerge([[1, 3], [2, 3]]), lists:enumerate([a, b]), lists:uniq(L), lists:min([a, 1, "x"])],
    {Results, lists:foreach(fun(_) -> ok end, L)}.
