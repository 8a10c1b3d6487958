%% otp-lite: the `gb_sets` module, API-compatible with OTP 25, with OTP's representation
%% and algorithms (so sets are interchangeable and shaped the same): {Size, Node},
%% Node = nil | {Key, Smaller, Bigger}; rebalancing as in gb_trees. The set operations
%% choose, as OTP does, between merging the two sorted lists (and rebuilding a balanced
%% tree) and walking one list against the other tree, depending on the sizes.
-module(gb_sets).

-export([empty/0, is_empty/1, size/1, singleton/1, is_member/2, insert/2, add/2,
         delete/2, delete_any/2, balance/1, union/2, union/1, intersection/2,
         intersection/1, is_disjoint/2, difference/2, is_subset/2, to_list/1,
         from_list/1, from_ordset/1, smallest/1, largest/1, take_smallest/1,
         take_largest/1, iterator/1, iterator_from/2, next/1, filter/2, fold/3,
         is_set/1]).
-export([new/0, is_element/2, add_element/2, del_element/2, subtract/2]).

-export_type([set/0, set/1, iter/0, iter/1]).

-type gb_set_node(E) :: nil | {E, _, _}.
-opaque set(Element) :: {non_neg_integer(), gb_set_node(Element)}.
-type set() :: set(_).
-opaque iter(Element) :: [gb_set_node(Element)].
-type iter() :: iter(_).

%% 1 / ln 2: above Size2 < Size1 * C * ln(Size2), merging lists beats tree lookups.
-define(C, 1.46).

empty() -> {0, nil}.

new() -> empty().

is_empty({0, nil}) -> true;
is_empty(_) -> false.

size({Size, _}) -> Size.

singleton(Key) -> {1, {Key, nil, nil}}.

is_element(Key, S) -> is_member(Key, S).

is_member(Key, {_, T}) -> member_of(Key, T).

member_of(Key, {K, Smaller, _}) when Key < K -> member_of(Key, Smaller);
member_of(Key, {K, _, Bigger}) when Key > K -> member_of(Key, Bigger);
member_of(_, {_, _, _}) -> true;
member_of(_, nil) -> false.

insert(Key, {S, T}) ->
    Size = S + 1,
    {Size, insert_node(Key, T, Size * Size)}.

%% See gb_trees: {Node, 2^Height, Size} comes back up from a path that got too long.
insert_node(Key, {K, Smaller, Bigger}, Budget) when Key < K ->
    case insert_node(Key, Smaller, Budget bsr 1) of
        {Smaller1, H1, S1} when is_integer(H1) ->
            {H2, S2} = count(Bigger),
            check_depth({K, Smaller1, Bigger}, H1, S1, H2, S2);
        Smaller1 ->
            {K, Smaller1, Bigger}
    end;
insert_node(Key, {K, Smaller, Bigger}, Budget) when Key > K ->
    case insert_node(Key, Bigger, Budget bsr 1) of
        {Bigger1, H1, S1} when is_integer(H1) ->
            {H2, S2} = count(Smaller),
            check_depth({K, Smaller, Bigger1}, H1, S1, H2, S2);
        Bigger1 ->
            {K, Smaller, Bigger1}
    end;
insert_node(Key, nil, 0) -> {{Key, nil, nil}, 1, 1};
insert_node(Key, nil, _) -> {Key, nil, nil};
insert_node(Key, _, _) -> erlang:error({key_exists, Key}).

check_depth(T, H1, S1, H2, S2) ->
    H = erlang:max(H1, H2) bsl 1,
    Size = S1 + S2 + 1,
    if H > Size * Size -> balance(T, Size);
       true -> {T, H, Size}
    end.

count({_, nil, nil}) -> {1, 1};
count({_, Smaller, Bigger}) ->
    {H1, S1} = count(Smaller),
    {H2, S2} = count(Bigger),
    {erlang:max(H1, H2) bsl 1, S1 + S2 + 1};
count(nil) -> {1, 0}.

balance({S, T}) -> {S, balance(T, S)}.

balance(T, S) -> from_sorted(to_list(T, []), S).

from_sorted(L, S) ->
    {T, _} = build(L, S),
    T.

%% A balanced tree of the first S elements of an ascending list; an uneven split puts
%% the extra element on the smaller side.
build(L, S) when S > 1 ->
    Rest = S - 1,
    SBig = Rest div 2,
    SSmall = Rest - SBig,
    {Smaller, [K | L1]} = build(L, SSmall),
    {Bigger, L2} = build(L1, SBig),
    {{K, Smaller, Bigger}, L2};
build([K | L], 1) -> {{K, nil, nil}, L};
build(L, 0) -> {nil, L}.

%% The same from a descending list: the extra element goes on the bigger side.
from_reversed(L, S) ->
    {T, _} = build_reversed(L, S),
    T.

build_reversed(L, S) when S > 1 ->
    Rest = S - 1,
    SSmall = Rest div 2,
    SBig = Rest - SSmall,
    {Bigger, [K | L1]} = build_reversed(L, SBig),
    {Smaller, L2} = build_reversed(L1, SSmall),
    {{K, Smaller, Bigger}, L2};
build_reversed([K | L], 1) -> {{K, nil, nil}, L};
build_reversed(L, 0) -> {nil, L}.

add_element(X, S) -> add(X, S).

add(X, S) ->
    case is_member(X, S) of
        true -> S;
        false -> insert(X, S)
    end.

from_list(L) -> from_ordset(ordsets:from_list(L)).

from_ordset(L) ->
    S = length(L),
    {S, from_sorted(L, S)}.

del_element(Key, S) -> delete_any(Key, S).

delete_any(Key, S) ->
    case is_member(Key, S) of
        true -> delete(Key, S);
        false -> S
    end.

delete(Key, {S, T}) -> {S - 1, delete_node(Key, T)}.

delete_node(Key, {K, Smaller, Bigger}) when Key < K -> {K, delete_node(Key, Smaller), Bigger};
delete_node(Key, {K, Smaller, Bigger}) when Key > K -> {K, Smaller, delete_node(Key, Bigger)};
delete_node(_, {_, Smaller, Bigger}) -> join(Smaller, Bigger).

join(Smaller, nil) -> Smaller;
join(nil, Bigger) -> Bigger;
join(Smaller, Bigger) ->
    {K, Bigger1} = take_smallest_node(Bigger),
    {K, Smaller, Bigger1}.

take_smallest({S, T}) ->
    {K, T1} = take_smallest_node(T),
    {K, {S - 1, T1}}.

take_smallest_node({K, nil, Bigger}) -> {K, Bigger};
take_smallest_node({K, Smaller, Bigger}) ->
    {K1, Smaller1} = take_smallest_node(Smaller),
    {K1, {K, Smaller1, Bigger}}.

smallest({_, T}) -> smallest_node(T).

smallest_node({K, nil, _}) -> K;
smallest_node({_, Smaller, _}) -> smallest_node(Smaller).

take_largest({S, T}) ->
    {K, T1} = take_largest_node(T),
    {K, {S - 1, T1}}.

take_largest_node({K, Smaller, nil}) -> {K, Smaller};
take_largest_node({K, Smaller, Bigger}) ->
    {K1, Bigger1} = take_largest_node(Bigger),
    {K1, {K, Smaller, Bigger1}}.

largest({_, T}) -> largest_node(T).

largest_node({K, _, nil}) -> K;
largest_node({_, _, Bigger}) -> largest_node(Bigger).

to_list({_, T}) -> to_list(T, []).

to_list({K, Smaller, Bigger}, Acc) -> to_list(Smaller, [K | to_list(Bigger, Acc)]);
to_list(nil, Acc) -> Acc.

iterator({_, T}) -> push_left(T, []).

push_left({_, nil, _} = T, Stack) -> [T | Stack];
push_left({_, Smaller, _} = T, Stack) -> push_left(Smaller, [T | Stack]);
push_left(nil, Stack) -> Stack.

iterator_from(Start, {_, T}) -> push_from(Start, T, []).

push_from(Start, {K, _, Bigger}, Stack) when K < Start -> push_from(Start, Bigger, Stack);
push_from(_, {_, nil, _} = T, Stack) -> [T | Stack];
push_from(Start, {_, Smaller, _} = T, Stack) -> push_from(Start, Smaller, [T | Stack]);
push_from(_, nil, Stack) -> Stack.

next([{K, _, Bigger} | Stack]) -> {K, push_left(Bigger, Stack)};
next([]) -> none.

%% Whether to merge the smaller set's list (length N1) with the other tree's list rather
%% than look its elements up in (or add them to) that tree of size N2.
merge_lists(_N1, N2) when N2 < 10 -> true;
merge_lists(N1, N2) -> N2 < N1 * round(?C * math:log(N2)).

union({N1, T1}, {N2, T2}) when N2 < N1 -> union(to_list(T2, []), N2, T1, N1);
union({N1, T1}, {N2, T2}) -> union(to_list(T1, []), N1, T2, N2).

union(L, N1, T2, N2) ->
    case merge_lists(N1, N2) of
        true -> union_merge(L, to_list(T2, []), [], N1 + N2);
        false -> lists:foldl(fun add/2, {N2, T2}, L)
    end.

%% Merges two ascending lists into a descending one, counting the result's size down
%% from the sum of both; the lists swap places when the second one's head is smaller.
union_merge([X | Xs], [Y | _] = Ys, Acc, S) when X < Y -> union_merge(Xs, Ys, [X | Acc], S);
union_merge([X | _] = Xs, [Y | Ys], Acc, S) when X > Y -> union_merge(Ys, Xs, [Y | Acc], S);
union_merge([X | Xs], [_ | Ys], Acc, S) -> union_merge(Xs, Ys, [X | Acc], S - 1);
union_merge([], Ys, Acc, S) -> {S, from_reversed(lists:reverse(Ys, Acc), S)};
union_merge(Xs, [], Acc, S) -> {S, from_reversed(lists:reverse(Xs, Acc), S)}.

union([S | Ss]) -> union_all(S, Ss);
union([]) -> empty().

union_all(S, [S1 | Ss]) -> union_all(union(S, S1), Ss);
union_all(S, []) -> S.

intersection({N1, T1}, {N2, T2}) when N2 < N1 -> intersection(to_list(T2, []), N2, T1, N1);
intersection({N1, T1}, {N2, T2}) -> intersection(to_list(T1, []), N1, T2, N2).

intersection(L, N1, T2, N2) ->
    case merge_lists(N1, N2) of
        true -> intersect_merge(L, to_list(T2, []), [], 0);
        false -> intersect_lookup(L, T2, [], 0)
    end.

intersect_lookup([X | Xs], T, Acc, N) ->
    case member_of(X, T) of
        true -> intersect_lookup(Xs, T, [X | Acc], N + 1);
        false -> intersect_lookup(Xs, T, Acc, N)
    end;
intersect_lookup([], _, Acc, N) -> {N, from_reversed(Acc, N)}.

intersect_merge([X | Xs], [Y | _] = Ys, Acc, S) when X < Y -> intersect_merge(Xs, Ys, Acc, S);
intersect_merge([X | _] = Xs, [Y | Ys], Acc, S) when X > Y -> intersect_merge(Ys, Xs, Acc, S);
intersect_merge([X | Xs], [_ | Ys], Acc, S) -> intersect_merge(Xs, Ys, [X | Acc], S + 1);
intersect_merge([], _, Acc, S) -> {S, from_reversed(Acc, S)};
intersect_merge(_, [], Acc, S) -> {S, from_reversed(Acc, S)}.

intersection([S | Ss]) -> intersect_all(S, Ss).

intersect_all(S, [S1 | Ss]) -> intersect_all(intersection(S, S1), Ss);
intersect_all(S, []) -> S.

is_disjoint({N1, T1}, {N2, T2}) when N1 < N2 -> disjoint(T1, T2);
is_disjoint({_, T1}, {_, T2}) -> disjoint(T2, T1).

disjoint({K1, Smaller1, Bigger1}, {K2, Smaller2, _} = T2) when K1 < K2 ->
    not member_of(K1, Smaller2) andalso disjoint(Smaller1, Smaller2)
        andalso disjoint(Bigger1, T2);
disjoint({K1, Smaller1, Bigger1}, {K2, _, Bigger2} = T2) when K1 > K2 ->
    not member_of(K1, Bigger2) andalso disjoint(Bigger1, Bigger2)
        andalso disjoint(Smaller1, T2);
disjoint({_, _, _}, {_, _, _}) -> false;
disjoint(nil, _) -> true;
disjoint(_, nil) -> true.

subtract(S1, S2) -> difference(S1, S2).

difference({N1, T1}, {N2, T2}) ->
    L = to_list(T1, []),
    case merge_lists(N1, N2) of
        true -> difference_merge(L, to_list(T2, []), [], N1);
        false -> difference_lookup(L, T2, [], 0)
    end.

difference_lookup([X | Xs], T, Acc, N) ->
    case member_of(X, T) of
        true -> difference_lookup(Xs, T, Acc, N);
        false -> difference_lookup(Xs, T, [X | Acc], N + 1)
    end;
difference_lookup([], _, Acc, N) -> {N, from_reversed(Acc, N)}.

difference_merge([X | Xs], [Y | _] = Ys, Acc, S) when X < Y -> difference_merge(Xs, Ys, [X | Acc], S);
difference_merge([X | _] = Xs, [Y | Ys], Acc, S) when X > Y -> difference_merge(Xs, Ys, Acc, S);
difference_merge([_ | Xs], [_ | Ys], Acc, S) -> difference_merge(Xs, Ys, Acc, S - 1);
difference_merge([], _, Acc, S) -> {S, from_reversed(Acc, S)};
difference_merge(Xs, [], Acc, S) -> {S, from_reversed(lists:reverse(Xs, Acc), S)}.

is_subset({N1, T1}, {N2, T2}) ->
    L = to_list(T1, []),
    case merge_lists(N1, N2) of
        true -> subset_merge(L, to_list(T2, []));
        false -> lists:all(fun(X) -> member_of(X, T2) end, L)
    end.

subset_merge([X | _], [Y | _]) when X < Y -> false;
subset_merge([X | _] = Xs, [Y | Ys]) when X > Y -> subset_merge(Xs, Ys);
subset_merge([_ | Xs], [_ | Ys]) -> subset_merge(Xs, Ys);
subset_merge([], _) -> true;
subset_merge(_, []) -> false.

is_set({0, nil}) -> true;
is_set({N, {_, _, _}}) when is_integer(N), N >= 0 -> true;
is_set(_) -> false.

filter(F, S) when is_function(F, 1) -> from_ordset([X || X <- to_list(S), F(X)]).

fold(F, Acc, {_, T}) when is_function(F, 2) -> fold_node(F, Acc, T).

fold_node(F, Acc0, {K, Smaller, Bigger}) ->
    Acc1 = fold_node(F, Acc0, Smaller),
    fold_node(F, F(K, Acc1), Bigger);
fold_node(_, Acc, _) -> Acc.
