-module(otp_lists_full).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% The real lists module, function by function, including its documented failures
%% (function_clause from its Erlang clauses, badarg from its BIFs).

start() ->
    L = [5, 3, 8, 1, 9, 2, 7],
    T = [{b, 2, x}, {a, 1, y}, {c, 3, z}, {a, 0, w}],
    Results = [
        lists:sort(fun(A, B) -> A > B end, L), lists:usort(fun(A, B) -> A rem 3 =< B rem 3 end, L),
        lists:keysort(2, T), lists:ukeysort(1, T), lists:keymerge(2, lists:keysort(2, T), [{d, 1, v}]),
        lists:zipwith(fun(A, B) -> A * B end, [1, 2, 3], [4, 5, 6]), lists:zipwith3(fun(A, B, C) -> A + B + C end, [1], [2], [3]),
        lists:unzip3([{1, a, x}, {2, b, y}]), lists:search(fun(X) -> X > 7 end, L), lists:search(fun(X) -> X > 70 end, L),
        lists:sublist(L, 10), lists:sublist(L, 3, 10), lists:nthtail(0, L), lists:split(0, L), lists:last([1]),
        lists:droplast(L), lists:foldl(fun(X, {S, P}) -> {S + X, P * X} end, {0, 1}, L), lists:sum([1, 2.5]),
        lists:max([1, 2.0, 2]), lists:min([1.0, 1]), lists:seq(1, 1), lists:seq(1, 0), lists:seq(10, 1, -3),
        lists:seq(1, 10, 4), lists:duplicate(0, x), lists:flatten([a, [b, [c, [d]]]], [tail]), lists:flatlength([a, [b, [c]]]),
        lists:keymap(fun(X) -> X * 10 end, 2, T), lists:all(fun(_) -> false end, []), lists:any(fun(_) -> true end, []),
        lists:splitwith(fun(X) -> X > 0 end, []), lists:subtract([1, 2, 3, 1], [1]), lists:reverse([]),
        lists:filtermap(fun(X) -> X > 5 end, L), lists:concat([]), lists:join(sep, []), lists:join(sep, [only]),
        lists:uniq(fun(X) -> X rem 2 end, L), lists:enumerate(5, [a, b]), lists:append([]), lists:merge3([1], [2], [0]),
        lists:rmerge([3, 1], [2]), lists:umerge3([1, 2], [2, 3], [3, 4]), lists:partition(fun is_atom/1, [a, 1, b])],
    Errors = [?T(lists:nth(0, L)), ?T(lists:nth(8, L)), ?T(lists:last([])), ?T(lists:seq(1, -5)), ?T(lists:seq(1, 5, 0)),
              ?T(lists:split(8, L)), ?T(lists:sublist(L, -1)), ?T(lists:sum([a])), ?T(lists:max([])), ?T(lists:droplast([])),
              ?T(lists:zip([1], [])), ?T(lists:duplicate(-1, x)), ?T(lists:foldl(fun(_, _) -> ok end, 0, notalist)),
              ?T(lists:map(not_a_fun, [1])), ?T(lists:flatten(notalist)), ?T(lists:keysort(0, T)), ?T(lists:nthtail(9, L))],
    {Results, Errors}.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
