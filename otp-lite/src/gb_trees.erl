%% otp-lite: the `gb_trees` module, API-compatible with OTP 25, with OTP's representation
%% and rebalancing rule, so trees are interchangeable and shaped the same:
%% {Size, Node}, Node = nil | {Key, Value, Smaller, Bigger}. Keys compare with == / < / >.
%%
%% General balanced trees (Arne Andersson): no balance data is stored; an insertion that
%% ends deeper than allowed for the tree's size (c * log2(Size), with c = 2, checked by
%% comparing 2^Depth with Size^2) rebuilds the lowest subtree on its path that is too
%% deep for its own size into a perfectly balanced one.
-module(gb_trees).

-export([empty/0, is_empty/1, size/1, lookup/2, get/2, insert/3, update/3, enter/3,
         delete/2, delete_any/2, balance/1, is_defined/2, keys/1, values/1, to_list/1,
         from_orddict/1, smallest/1, largest/1, take/2, take_any/2, take_smallest/1,
         take_largest/1, iterator/1, iterator_from/2, next/1, map/2]).

-export_type([tree/0, tree/2, iter/0, iter/2]).

-type gb_tree_node(K, V) :: nil | {K, V, gb_tree_node(K, V), gb_tree_node(K, V)}.
-opaque tree(Key, Value) :: {non_neg_integer(), gb_tree_node(Key, Value)}.
-type tree() :: tree(_, _).
-opaque iter(Key, Value) :: [gb_tree_node(Key, Value)].
-type iter() :: iter(_, _).

empty() -> {0, nil}.

is_empty({0, nil}) -> true;
is_empty(_) -> false.

size({Size, _}) when is_integer(Size), Size >= 0 -> Size.

lookup(Key, {_, T}) -> lookup_node(Key, T).

lookup_node(Key, {K, _, Smaller, _}) when Key < K -> lookup_node(Key, Smaller);
lookup_node(Key, {K, _, _, Bigger}) when Key > K -> lookup_node(Key, Bigger);
lookup_node(_, {_, V, _, _}) -> {value, V};
lookup_node(_, nil) -> none.

is_defined(Key, {_, T}) -> defined_in(Key, T).

defined_in(Key, {K, _, Smaller, _}) when Key < K -> defined_in(Key, Smaller);
defined_in(Key, {K, _, _, Bigger}) when Key > K -> defined_in(Key, Bigger);
defined_in(_, {_, _, _, _}) -> true;
defined_in(_, nil) -> false.

get(Key, {_, T}) -> get_node(Key, T).

get_node(Key, {K, _, Smaller, _}) when Key < K -> get_node(Key, Smaller);
get_node(Key, {K, _, _, Bigger}) when Key > K -> get_node(Key, Bigger);
get_node(_, {_, V, _, _}) -> V.

update(Key, Val, {S, T}) -> {S, update_node(Key, Val, T)}.

update_node(Key, Val, {K, V, Smaller, Bigger}) when Key < K ->
    {K, V, update_node(Key, Val, Smaller), Bigger};
update_node(Key, Val, {K, V, Smaller, Bigger}) when Key > K ->
    {K, V, Smaller, update_node(Key, Val, Bigger)};
update_node(Key, Val, {_, _, Smaller, Bigger}) ->
    {Key, Val, Smaller, Bigger}.

insert(Key, Val, {S, T}) when is_integer(S) ->
    Size = S + 1,
    {Size, insert_node(Key, Val, T, Size * Size)}.

%% Budget halves at each level; reaching a leaf with the budget used up means the path is
%% too long. Then {Node, 2^Height, Size} comes back up until a subtree is found whose
%% 2^Height exceeds its Size^2, and that subtree is rebalanced.
insert_node(Key, Val, {K, V, Smaller, Bigger}, Budget) when Key < K ->
    case insert_node(Key, Val, Smaller, Budget bsr 1) of
        {Smaller1, H1, S1} ->
            {H2, S2} = count(Bigger),
            check_depth({K, V, Smaller1, Bigger}, H1, S1, H2, S2);
        Smaller1 ->
            {K, V, Smaller1, Bigger}
    end;
insert_node(Key, Val, {K, V, Smaller, Bigger}, Budget) when Key > K ->
    case insert_node(Key, Val, Bigger, Budget bsr 1) of
        {Bigger1, H1, S1} ->
            {H2, S2} = count(Smaller),
            check_depth({K, V, Smaller, Bigger1}, H1, S1, H2, S2);
        Bigger1 ->
            {K, V, Smaller, Bigger1}
    end;
insert_node(Key, Val, nil, 0) -> {{Key, Val, nil, nil}, 1, 1};
insert_node(Key, Val, nil, _) -> {Key, Val, nil, nil};
insert_node(Key, _, _, _) -> erlang:error({key_exists, Key}).

check_depth(T, H1, S1, H2, S2) ->
    H = erlang:max(H1, H2) bsl 1,
    Size = S1 + S2 + 1,
    if H > Size * Size -> balance(T, Size);
       true -> {T, H, Size}
    end.

%% {2^Height, Size} of a subtree.
count({_, _, nil, nil}) -> {1, 1};
count({_, _, Smaller, Bigger}) ->
    {H1, S1} = count(Smaller),
    {H2, S2} = count(Bigger),
    {erlang:max(H1, H2) bsl 1, S1 + S2 + 1};
count(nil) -> {1, 0}.

enter(Key, Val, T) ->
    case is_defined(Key, T) of
        true -> update(Key, Val, T);
        false -> insert(Key, Val, T)
    end.

balance({S, T}) -> {S, balance(T, S)}.

balance(T, S) -> from_pairs(to_list(T, []), S).

from_pairs(Pairs, S) ->
    {T, []} = build(Pairs, S),
    T.

%% A perfectly balanced tree of the first S pairs, and the pairs left over; the extra
%% node of an uneven split goes to the smaller side.
build(Pairs, S) when S > 1 ->
    Rest = S - 1,
    SBig = Rest div 2,
    SSmall = Rest - SBig,
    {Smaller, [{K, V} | Pairs1]} = build(Pairs, SSmall),
    {Bigger, Pairs2} = build(Pairs1, SBig),
    {{K, V, Smaller, Bigger}, Pairs2};
build([{K, V} | Pairs], 1) -> {{K, V, nil, nil}, Pairs};
build(Pairs, 0) -> {nil, Pairs}.

from_orddict(L) ->
    S = length(L),
    {S, from_pairs(L, S)}.

delete_any(Key, T) ->
    case is_defined(Key, T) of
        true -> delete(Key, T);
        false -> T
    end.

delete(Key, {S, T}) when is_integer(S), S >= 0 -> {S - 1, delete_node(Key, T)}.

delete_node(Key, {K, V, Smaller, Bigger}) when Key < K ->
    {K, V, delete_node(Key, Smaller), Bigger};
delete_node(Key, {K, V, Smaller, Bigger}) when Key > K ->
    {K, V, Smaller, delete_node(Key, Bigger)};
delete_node(_, {_, _, Smaller, Bigger}) ->
    join(Smaller, Bigger).

%% Joins two subtrees; the smallest node of the bigger one becomes the root.
join(Smaller, nil) -> Smaller;
join(nil, Bigger) -> Bigger;
join(Smaller, Bigger) ->
    {K, V, Bigger1} = take_smallest_node(Bigger),
    {K, V, Smaller, Bigger1}.

take_any(Key, T) ->
    case is_defined(Key, T) of
        true -> take(Key, T);
        false -> error
    end.

take(Key, {S, T}) when is_integer(S), S >= 0 ->
    {V, T1} = take_node(Key, T),
    {V, {S - 1, T1}}.

take_node(Key, {K, V, Smaller, Bigger}) when Key < K ->
    {Got, Smaller1} = take_node(Key, Smaller),
    {Got, {K, V, Smaller1, Bigger}};
take_node(Key, {K, V, Smaller, Bigger}) when Key > K ->
    {Got, Bigger1} = take_node(Key, Bigger),
    {Got, {K, V, Smaller, Bigger1}};
take_node(_, {_, V, Smaller, Bigger}) ->
    {V, join(Smaller, Bigger)}.

take_smallest({S, T}) when is_integer(S), S >= 0 ->
    {K, V, T1} = take_smallest_node(T),
    {K, V, {S - 1, T1}}.

take_smallest_node({K, V, nil, Bigger}) -> {K, V, Bigger};
take_smallest_node({K, V, Smaller, Bigger}) ->
    {K1, V1, Smaller1} = take_smallest_node(Smaller),
    {K1, V1, {K, V, Smaller1, Bigger}}.

smallest({_, T}) -> smallest_node(T).

smallest_node({K, V, nil, _}) -> {K, V};
smallest_node({_, _, Smaller, _}) -> smallest_node(Smaller).

take_largest({S, T}) when is_integer(S), S >= 0 ->
    {K, V, T1} = take_largest_node(T),
    {K, V, {S - 1, T1}}.

take_largest_node({K, V, Smaller, nil}) -> {K, V, Smaller};
take_largest_node({K, V, Smaller, Bigger}) ->
    {K1, V1, Bigger1} = take_largest_node(Bigger),
    {K1, V1, {K, V, Smaller, Bigger1}}.

largest({_, T}) -> largest_node(T).

largest_node({K, V, _, nil}) -> {K, V};
largest_node({_, _, _, Bigger}) -> largest_node(Bigger).

to_list({_, T}) -> to_list(T, []).

to_list({K, V, Smaller, Bigger}, Acc) -> to_list(Smaller, [{K, V} | to_list(Bigger, Acc)]);
to_list(nil, Acc) -> Acc.

keys({_, T}) -> keys(T, []).

keys({K, _, Smaller, Bigger}, Acc) -> keys(Smaller, [K | keys(Bigger, Acc)]);
keys(nil, Acc) -> Acc.

values({_, T}) -> values(T, []).

values({_, V, Smaller, Bigger}, Acc) -> values(Smaller, [V | values(Bigger, Acc)]);
values(nil, Acc) -> Acc.

%% An iterator is the stack of nodes still to visit, the next one first.
iterator({_, T}) -> push_left(T, []).

push_left({_, _, nil, _} = T, Stack) -> [T | Stack];
push_left({_, _, Smaller, _} = T, Stack) -> push_left(Smaller, [T | Stack]);
push_left(nil, Stack) -> Stack.

iterator_from(Start, {_, T}) -> push_from(Start, T, []).

push_from(Start, {K, _, _, Bigger}, Stack) when K < Start -> push_from(Start, Bigger, Stack);
push_from(_, {_, _, nil, _} = T, Stack) -> [T | Stack];
push_from(Start, {_, _, Smaller, _} = T, Stack) -> push_from(Start, Smaller, [T | Stack]);
push_from(_, nil, Stack) -> Stack.

next([{K, V, _, Bigger} | Stack]) -> {K, V, push_left(Bigger, Stack)};
next([]) -> none.

map(F, {Size, T}) when is_function(F, 2) -> {Size, map_node(F, T)}.

map_node(_, nil) -> nil;
map_node(F, {K, V, Smaller, Bigger}) ->
    {K, F(K, V), map_node(F, Smaller), map_node(F, Bigger)}.
