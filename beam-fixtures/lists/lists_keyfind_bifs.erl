-module(lists_keyfind_bifs).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% The BIF-implemented lists functions at their edges: keyfind/keymember/keysearch with
%% positions beyond some tuples, non-tuple elements, equal-but-not-exact keys; member/2
%% with exact matching; reverse/2 with improper tails.

start() ->
    TL = [{a}, x, {a, 1}, {1.0, f}, {1, i}, [], {b, 2, 3}, {<<"k">>, bin}, {"k", str}],
    Find = [lists:keyfind(K, P, TL) || {K, P} <- [{a, 1}, {1, 2}, {1, 1}, {1.0, 1}, {3, 3}, {2, 2}, {<<"k">>, 1},
                                                 {"k", 1}, {f, 2}, {nothing, 1}]],
    Member = [lists:keymember(K, P, TL) || {K, P} <- [{a, 1}, {2, 2}, {z, 1}, {3, 3}]],
    Search = [lists:keysearch(K, P, TL) || {K, P} <- [{a, 1}, {i, 2}, {zz, 1}]],
    Errs = [?T(lists:keyfind(a, 0, TL)), ?T(lists:keyfind(a, -1, TL)), ?T(lists:keyfind(a, a, TL)),
            ?T(lists:keymember(a, 1, id(notalist))), ?T(lists:keysearch(a, 1, id([{a} | tail]))),
            ?T(lists:keyfind(zz, 1, id([{a} | tail])))],
    Members = [lists:member(X, [1, a, "s", {t}, 2.0]) || X <- [1, 1.0, 2, 2.0, "s", {t}, t]],
    Rev = [lists:reverse([1, 2, 3], tail), lists:reverse([], []), ?T(lists:reverse(id([1 | 2]), [])),
           lists:reverse(lists:seq(1, 10), [11 | 12])],
    LongFind = lists:keyfind(99999, 1, [{N, N * 2} || N <- lists:seq(1, 100000)]),
    {Find, Member, Search, Errs, Members, Rev, LongFind}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
