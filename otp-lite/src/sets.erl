%% otp-lite: the `sets` module, API-compatible with OTP 25, in both representations:
%% version 1 (the default), a linear hash table laid out exactly as OTP's (the record
%% below, segments of 16 buckets of elements), and version 2, a map whose keys are the
%% elements and whose values are [].
-module(sets).

-export([new/0, is_set/1, size/1, is_empty/1, to_list/1, from_list/1]).
-export([is_element/2, add_element/2, del_element/2]).
-export([union/2, union/1, intersection/2, intersection/1]).
-export([is_disjoint/2]).
-export([subtract/2, is_subset/2]).
-export([fold/3, filter/2]).
-export([new/1, from_list/2]).

-export_type([set/0, set/1]).

-define(SEG_SIZE, 16).
-define(EXPAND_LOAD, 5).
-define(CONTRACT_LOAD, 3).

-record(set, {size = 0 :: non_neg_integer(),
              n = ?SEG_SIZE :: non_neg_integer(),
              maxn = ?SEG_SIZE :: pos_integer(),
              bso = ?SEG_SIZE div 2 :: non_neg_integer(),
              exp_size = ?SEG_SIZE * ?EXPAND_LOAD :: non_neg_integer(),
              con_size = ?SEG_SIZE * ?CONTRACT_LOAD :: non_neg_integer(),
              empty :: tuple(),
              segs :: tuple()}).

-type set() :: set(_).
-opaque set(Element) :: #set{} | #{Element => []}.

-compile({no_auto_import, [size/1]}).
-compile([{nowarn_deprecated_function, [{erlang, phash, 2}]}]).

new() ->
    Empty = erlang:make_tuple(?SEG_SIZE, []),
    #set{empty = Empty, segs = {Empty}}.

new([{version, 2}]) -> #{};
new(Opts) ->
    case proplists:get_value(version, Opts, 1) of
        1 -> new();
        2 -> new([{version, 2}])
    end.

from_list(L) -> lists:foldl(fun(E, S) -> add_element(E, S) end, new(), L).

from_list(L, [{version, 2}]) -> maps:from_keys(L, []);
from_list(L, Opts) ->
    case proplists:get_value(version, Opts, 1) of
        1 -> from_list(L);
        2 -> from_list(L, [{version, 2}])
    end.

is_set(#{}) -> true;
is_set(#set{}) -> true;
is_set(_) -> false.

size(#{} = S) -> map_size(S);
size(#set{size = N}) -> N.

is_empty(#{} = S) -> map_size(S) =:= 0;
is_empty(#set{size = N}) -> N =:= 0.

to_list(#{} = S) -> maps:keys(S);
to_list(#set{} = S) -> fold(fun(E, Acc) -> [E | Acc] end, [], S).

is_element(E, #{} = S) ->
    case S of
        #{E := _} -> true;
        _ -> false
    end;
is_element(E, #set{} = S) ->
    lists:member(E, bucket(S, slot(S, E))).

add_element(E, #{} = S) -> S#{E => []};
add_element(E, #set{} = S) ->
    Slot = slot(S, E),
    Bkt = bucket(S, Slot),
    case lists:member(E, Bkt) of
        true -> S;
        false -> expand(put_bucket(S, Slot, [E | Bkt]))
    end.

del_element(E, #{} = S) -> maps:remove(E, S);
del_element(E, #set{} = S) ->
    Slot = slot(S, E),
    Bkt = bucket(S, Slot),
    case lists:member(E, Bkt) of
        false -> S;
        true -> maybe_contract(put_bucket(S, Slot, lists:delete(E, Bkt)), 1)
    end.

%% Two maps are merged; otherwise the smaller set's elements are added to the larger.
union(#{} = S1, #{} = S2) -> maps:merge(S1, S2);
union(S1, S2) ->
    case size(S1) < size(S2) of
        true -> fold(fun(E, S) -> add_element(E, S) end, S2, S1);
        false -> fold(fun(E, S) -> add_element(E, S) end, S1, S2)
    end.

union([S1, S2 | Ss]) -> union_all(union(S1, S2), Ss);
union([S]) -> S;
union([]) -> new().

union_all(S1, [S2 | Ss]) -> union_all(union(S1, S2), Ss);
union_all(S, []) -> S.

intersection(#{} = S1, #{} = S2) ->
    case map_size(S1) < map_size(S2) of
        true -> keep_where(S1, fun(E) -> is_map_key(E, S2) end);
        false -> keep_where(S2, fun(E) -> is_map_key(E, S1) end)
    end;
intersection(S1, S2) ->
    case size(S1) < size(S2) of
        true -> filter(fun(E) -> is_element(E, S2) end, S1);
        false -> filter(fun(E) -> is_element(E, S1) end, S2)
    end.

intersection([S1, S2 | Ss]) -> intersection_all(intersection(S1, S2), Ss);
intersection([S]) -> S.

intersection_all(S1, [S2 | Ss]) -> intersection_all(intersection(S1, S2), Ss);
intersection_all(S, []) -> S.

%% The keys of Map for which Keep holds. Like OTP, this builds a new map from the kept
%% keys unless three quarters of them are kept, in which case it removes the others
%% from Map (keeping Map's values, which matters only for maps that are not sets).
keep_where(Map, Keep) ->
    keep_scan(maps:next(maps:iterator(Map)), [], [], floor(map_size(Map) * 0.75), Map, Keep).

keep_scan(Next, _Kept, Dropped, 0, Map, Keep) ->
    drop_rest(Next, lists:foldl(fun maps:remove/2, Map, Dropped), Keep);
keep_scan({E, _, Iter}, Kept, Dropped, ToGo, Map, Keep) ->
    Next = maps:next(Iter),
    case Keep(E) of
        true -> keep_scan(Next, [E | Kept], Dropped, ToGo - 1, Map, Keep);
        false -> keep_scan(Next, Kept, [E | Dropped], ToGo, Map, Keep)
    end;
keep_scan(none, Kept, _Dropped, _ToGo, _Map, _Keep) ->
    maps:from_keys(Kept, []).

drop_rest({E, _, Iter}, Map, Keep) ->
    case Keep(E) of
        true -> drop_rest(maps:next(Iter), Map, Keep);
        false -> drop_rest(maps:next(Iter), maps:remove(E, Map), Keep)
    end;
drop_rest(none, Map, _Keep) -> Map.

is_disjoint(#{} = S1, #{} = S2) ->
    {Small, Big} = if map_size(S1) < map_size(S2) -> {S1, S2};
                      true -> {S2, S1}
                   end,
    not lists:any(fun(E) -> is_map_key(E, Big) end, maps:keys(Small));
is_disjoint(S1, S2) ->
    {Small, Big} = case size(S1) < size(S2) of
                       true -> {S1, S2};
                       false -> {S2, S1}
                   end,
    fold(fun(_, false) -> false;
            (E, true) -> not is_element(E, Big)
         end, true, Small).

subtract(#{} = S1, #{} = S2) ->
    keep_where(S1, fun(E) -> not is_map_key(E, S2) end);
subtract(S1, S2) ->
    filter(fun(E) -> not is_element(E, S2) end, S1).

is_subset(#{} = S1, #{} = S2) ->
    map_size(S1) =< map_size(S2) andalso
        lists:all(fun(E) -> is_map_key(E, S2) end, maps:keys(S1));
is_subset(S1, S2) ->
    fold(fun(E, Sub) -> Sub andalso is_element(E, S2) end, true, S1).

fold(F, Acc, #{} = S) when is_function(F, 2) -> fold_iter(F, Acc, maps:iterator(S));
fold(F, Acc, #set{} = S) when is_function(F, 2) ->
    Segs = S#set.segs,
    fold_segments(F, Acc, Segs, tuple_size(Segs)).

fold_iter(F, Acc, Iter) ->
    case maps:next(Iter) of
        {E, _, Next} -> fold_iter(F, F(E, Acc), Next);
        none -> Acc
    end.

%% Segments last to first, buckets last to first, each bucket front to back.
fold_segments(F, Acc, Segs, I) when I >= 1 ->
    Seg = element(I, Segs),
    fold_segments(F, fold_buckets(F, Acc, Seg, tuple_size(Seg)), Segs, I - 1);
fold_segments(_, Acc, _, _) -> Acc.

fold_buckets(F, Acc, Seg, I) when I >= 1 ->
    fold_buckets(F, lists:foldl(F, Acc, element(I, Seg)), Seg, I - 1);
fold_buckets(_, Acc, _, _) -> Acc.

filter(F, #{} = S) when is_function(F, 1) ->
    maps:from_keys(filter_iter(F, maps:iterator(S)), []);
filter(F, #set{} = S) when is_function(F, 1) ->
    {Segs, Dropped} = filter_segments(F, tuple_to_list(S#set.segs), [], 0),
    maybe_contract(S#set{segs = list_to_tuple(Segs)}, Dropped).

filter_iter(F, Iter) ->
    case maps:next(Iter) of
        {E, _, Next} ->
            case F(E) of
                true -> [E | filter_iter(F, Next)];
                false -> filter_iter(F, Next)
            end;
        none -> []
    end.

filter_segments(F, [Seg | Segs], Done, N0) ->
    {Bkts, N1} = filter_buckets(F, tuple_to_list(Seg), [], N0),
    filter_segments(F, Segs, [list_to_tuple(Bkts) | Done], N1);
filter_segments(_, [], Done, N) -> {lists:reverse(Done, []), N}.

filter_buckets(F, [Bkt | Bkts], Done, N0) ->
    {Kept, N1} = filter_bucket(F, Bkt, [], N0),
    filter_buckets(F, Bkts, [Kept | Done], N1);
filter_buckets(_, [], Done, N) -> {lists:reverse(Done), N}.

%% The kept elements end up in reverse order within their bucket, as in OTP.
filter_bucket(F, [E | Bkt], Kept, N) ->
    case F(E) of
        true -> filter_bucket(F, Bkt, [E | Kept], N);
        false -> filter_bucket(F, Bkt, Kept, N + 1)
    end;
filter_bucket(_, [], Kept, N) -> {Kept, N}.

%%% The hash table (the same scheme as dict's).

slot(T, E) ->
    H = erlang:phash(E, T#set.maxn),
    if H > T#set.n -> H - T#set.bso;
       true -> H
    end.

bucket(T, Slot) -> segs_bucket(T#set.segs, Slot).

segs_bucket(Segs, Slot) ->
    element((Slot - 1) rem ?SEG_SIZE + 1, element((Slot - 1) div ?SEG_SIZE + 1, Segs)).

segs_put(Segs, Slot, Bkt) ->
    SegI = (Slot - 1) div ?SEG_SIZE + 1,
    Seg = setelement((Slot - 1) rem ?SEG_SIZE + 1, element(SegI, Segs), Bkt),
    setelement(SegI, Segs, Seg).

put_bucket(T, Slot, Bkt) -> T#set{segs = segs_put(T#set.segs, Slot, Bkt)}.

%% Counts one more element, splitting a bucket when the load calls for it.
expand(T0) when T0#set.size + 1 > T0#set.exp_size ->
    T = grow_segments(T0),
    N = T#set.n + 1,
    Low = N - T#set.bso,
    Segs0 = T#set.segs,
    {Stay, Move} = split_bucket(segs_bucket(Segs0, Low), Low, T#set.maxn),
    Segs = segs_put(segs_put(Segs0, Low, Stay), N, Move),
    T#set{size = T#set.size + 1, n = N, exp_size = N * ?EXPAND_LOAD,
          con_size = N * ?CONTRACT_LOAD, segs = Segs};
expand(T) -> T#set{size = T#set.size + 1}.

grow_segments(T) when T#set.n =:= T#set.maxn ->
    Segs = T#set.segs,
    T#set{maxn = 2 * T#set.maxn, bso = 2 * T#set.bso,
          segs = list_to_tuple(tuple_to_list(Segs) ++
                                   lists:duplicate(tuple_size(Segs), T#set.empty))};
grow_segments(T) -> T.

split_bucket([E | Bkt], Low, MaxN) ->
    {Stay, Move} = split_bucket(Bkt, Low, MaxN),
    case erlang:phash(E, MaxN) of
        Low -> {[E | Stay], Move};
        _ -> {Stay, [E | Move]}
    end;
split_bucket([], _, _) -> {[], []}.

maybe_contract(T, Removed) when T#set.size - Removed < T#set.con_size,
                                T#set.n > ?SEG_SIZE ->
    N = T#set.n,
    Low = N - T#set.bso,
    Segs0 = T#set.segs,
    Joined = segs_bucket(Segs0, Low) ++ segs_bucket(Segs0, N),
    Segs = segs_put(segs_put(Segs0, Low, Joined), N, []),
    N1 = N - 1,
    shrink_segments(T#set{size = T#set.size - Removed, n = N1,
                          exp_size = N1 * ?EXPAND_LOAD,
                          con_size = N1 * ?CONTRACT_LOAD, segs = Segs});
maybe_contract(T, Removed) -> T#set{size = T#set.size - Removed}.

shrink_segments(T) when T#set.n =:= T#set.bso ->
    Segs = T#set.segs,
    T#set{maxn = T#set.maxn div 2, bso = T#set.bso div 2,
          segs = list_to_tuple(lists:sublist(tuple_to_list(Segs), 1,
                                             tuple_size(Segs) div 2))};
shrink_segments(T) -> T.
