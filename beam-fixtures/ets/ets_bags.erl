-module(ets_bags).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% bag and duplicate_bag: duplicates, the order objects of one key come back in, delete_object,
%% take, lookup_element lists, first/next skipping a key's other objects, tab2list order.

start() ->
    B = ets:new(b, [bag]),
    D = ets:new(d, [duplicate_bag]),
    Objs = [{k, 1}, {k, 2}, {k, 1}, {j, 1}, {k, 3}, {j, 2}, {k, 1.0}, {i}],
    [ets:insert(X, O) || X <- [B, D], O <- Objs],
    Look = [{ets:lookup(X, k), ets:lookup(X, j), ets:lookup(X, i)} || X <- [B, D]],
    Sizes = [ets:info(X, size) || X <- [B, D]],
    Elem = [[?T(ets:lookup_element(X, K, 2)) || K <- [k, j, i, zz]] || X <- [B, D]],
    Lists = [ets:tab2list(X) || X <- [B, D]],
    Walks = [walk(X) || X <- [B, D]],
    DelObj = [[ets:delete_object(X, {k, 1}), ets:lookup(X, k), ets:delete_object(X, {k, 99}),
               ets:delete_object(X, {zz, 1})] || X <- [B, D]],
    Take = [[ets:take(X, j), ets:take(X, j), ets:lookup(X, j)] || X <- [B, D]],
    ListIns = [[ets:insert(X, [{m, 1}, {m, 2}, {m, 1}]), ets:lookup(X, m),
                ets:insert_new(X, {m, 3}), ets:insert_new(X, [{n, 1}, {n, 1}]), ets:lookup(X, n)]
               || X <- [B, D]],
    Member = [[ets:member(X, K) || K <- [k, j, m, zz]] || X <- [B, D]],
    Del = [[ets:delete(X, k), ets:lookup(X, k), ets:info(X, size)] || X <- [B, D]],
    Ints = ets:new(bi, [bag]),
    ets:insert(Ints, [{K rem 7, K} || K <- lists:seq(1, 50)]),
    IntList = ets:tab2list(Ints),
    IntLook = [ets:lookup(Ints, K) || K <- [0, 3, 6]],
    IntSlots = [ets:slot(Ints, S) || S <- lists:seq(0, 255), ets:slot(Ints, S) =/= []],
    Counter = [?T(ets:update_counter(B, m, 1)), ?T(ets:update_element(B, m, {2, x})),
               ?T(ets:select_replace(B, [{'_', [], ['$_']}])), ets:select_replace(D, [{{'$1', '$2'}, [], [{{'$1', '$2'}}]}])],
    {Look, Sizes, Elem, Lists, Walks, DelObj, Take, ListIns, Member, Del, IntList, IntLook, IntSlots, Counter}.

walk(T) -> walk(T, ets:first(T), []).
walk(_, '$end_of_table', Acc) -> lists:reverse(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).

catching(F) ->
    try F() catch C:R:S -> {C, R, info(S)} end.
info([{_, _, _, [{error_info, I} | _]} | _]) -> I;
info(_) -> none.
