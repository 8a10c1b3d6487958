%% otp-lite: the `dict` module, API-compatible with OTP 25, with the same representation
%% (a linear hash table: the record below, with segments of 16 buckets, buckets holding
%% [Key | Value] cells), so dictionaries made by either are interchangeable and every
%% ordering-dependent result (to_list/1, fold/3, ...) is the same.
-module(dict).

-export([new/0, is_key/2, to_list/1, from_list/1, size/1, is_empty/1]).
-export([fetch/2, find/2, fetch_keys/1, erase/2, take/2]).
-export([store/3, append/3, append_list/3, update/3, update/4, update_counter/3]).
-export([fold/3, map/2, filter/2, merge/3]).

-export_type([dict/0, dict/2]).

-define(SEG_SIZE, 16).
-define(EXPAND_LOAD, 5).
-define(CONTRACT_LOAD, 3).

-record(dict, {size = 0 :: non_neg_integer(),          % number of keys
               n = ?SEG_SIZE :: non_neg_integer(),      % active buckets
               maxn = ?SEG_SIZE :: non_neg_integer(),   % buckets the segments hold
               bso = ?SEG_SIZE div 2 :: non_neg_integer(), % buddy bucket offset
               exp_size = ?SEG_SIZE * ?EXPAND_LOAD :: non_neg_integer(),
               con_size = ?SEG_SIZE * ?CONTRACT_LOAD :: non_neg_integer(),
               empty :: tuple(),                        % an empty segment
               segs :: tuple()}).

-type dict() :: dict(_, _).
-opaque dict(_Key, _Value) :: #dict{}.

-compile({no_auto_import, [size/1]}).
-compile([{nowarn_deprecated_function, [{erlang, phash, 2}]}]).
-dialyzer({no_improper_lists, [counter_bucket/3]}).

new() ->
    Empty = empty_segment(),
    #dict{empty = Empty, segs = {Empty}}.

empty_segment() -> erlang:make_tuple(?SEG_SIZE, []).

is_key(Key, D) -> bucket_has(Key, bucket(D, slot(D, Key))).

bucket_has(K, [[K | _] | _]) -> true;
bucket_has(K, [_ | Bkt]) -> bucket_has(K, Bkt);
bucket_has(_, []) -> false.

to_list(D) -> fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], D).

from_list(L) -> lists:foldl(fun({K, V}, D) -> store(K, V, D) end, new(), L).

size(#dict{size = N}) when is_integer(N), N >= 0 -> N.

is_empty(#dict{size = N}) -> N =:= 0.

fetch(Key, D) ->
    try bucket_value(Key, bucket(D, slot(D, Key)))
    catch throw:missing -> erlang:error(badarg, [Key, D])
    end.

bucket_value(K, [[K | V] | _]) -> V;
bucket_value(K, [_ | Bkt]) -> bucket_value(K, Bkt);
bucket_value(_, []) -> throw(missing).

find(Key, D) -> bucket_find(Key, bucket(D, slot(D, Key))).

bucket_find(K, [[K | V] | _]) -> {ok, V};
bucket_find(K, [_ | Bkt]) -> bucket_find(K, Bkt);
bucket_find(_, []) -> error.

fetch_keys(D) -> fold(fun(K, _V, Acc) -> [K | Acc] end, [], D).

erase(Key, D0) ->
    {D1, Removed} = on_bucket(fun(B) -> bucket_erase(Key, B) end, D0, slot(D0, Key)),
    maybe_contract(D1, Removed).

bucket_erase(K, [[K | _] | Bkt]) -> {Bkt, 1};
bucket_erase(K, [E | Bkt0]) ->
    {Bkt, N} = bucket_erase(K, Bkt0),
    {[E | Bkt], N};
bucket_erase(_, []) -> {[], 0}.

take(Key, D0) ->
    case on_bucket(fun(B) -> bucket_take(Key, B) end, D0, slot(D0, Key)) of
        {D1, {Value, Removed}} -> {Value, maybe_contract(D1, Removed)};
        {_, error} -> error
    end.

bucket_take(K, [[K | V] | Bkt]) -> {Bkt, {V, 1}};
bucket_take(K, [E | Bkt0]) ->
    {Bkt, Res} = bucket_take(K, Bkt0),
    {[E | Bkt], Res};
bucket_take(_, []) -> {[], error}.

store(Key, Val, D0) ->
    {D1, Added} = on_bucket(fun(B) -> bucket_store(Key, Val, B) end, D0, slot(D0, Key)),
    maybe_expand(D1, Added).

bucket_store(K, V, [[K | _] | Bkt]) -> {[[K | V] | Bkt], 0};
bucket_store(K, V, [E | Bkt0]) ->
    {Bkt, N} = bucket_store(K, V, Bkt0),
    {[E | Bkt], N};
bucket_store(K, V, []) -> {[[K | V]], 1}.

append(Key, Val, D0) ->
    {D1, Added} = on_bucket(fun(B) -> bucket_append(Key, [Val], B) end, D0, slot(D0, Key)),
    maybe_expand(D1, Added).

append_list(Key, L, D0) ->
    {D1, Added} = on_bucket(fun(B) -> bucket_append(Key, L, B) end, D0, slot(D0, Key)),
    maybe_expand(D1, Added).

bucket_append(K, L, [[K | Bag] | Bkt]) -> {[[K | Bag ++ L] | Bkt], 0};
bucket_append(K, L, [E | Bkt0]) ->
    {Bkt, N} = bucket_append(K, L, Bkt0),
    {[E | Bkt], N};
bucket_append(K, L, []) -> {[[K | L]], 1}.

update(Key, F, D0) ->
    try on_bucket(fun(B) -> bucket_update(Key, F, B) end, D0, slot(D0, Key)) of
        {D1, _} -> D1
    catch throw:missing -> erlang:error(badarg, [Key, F, D0])
    end.

bucket_update(K, F, [[K | V] | Bkt]) ->
    New = F(V),
    {[[K | New] | Bkt], New};
bucket_update(K, F, [E | Bkt0]) ->
    {Bkt, New} = bucket_update(K, F, Bkt0),
    {[E | Bkt], New};
bucket_update(_, _, []) -> throw(missing).

update(Key, F, Init, D0) ->
    {D1, Added} = on_bucket(fun(B) -> bucket_update(Key, F, Init, B) end, D0, slot(D0, Key)),
    maybe_expand(D1, Added).

bucket_update(K, F, _, [[K | V] | Bkt]) -> {[[K | F(V)] | Bkt], 0};
bucket_update(K, F, Init, [E | Bkt0]) ->
    {Bkt, N} = bucket_update(K, F, Init, Bkt0),
    {[E | Bkt], N};
bucket_update(K, F, Init, []) when is_function(F, 1) -> {[[K | Init]], 1}.

update_counter(Key, Incr, D0) when is_number(Incr) ->
    {D1, Added} = on_bucket(fun(B) -> counter_bucket(Key, Incr, B) end, D0, slot(D0, Key)),
    maybe_expand(D1, Added).

counter_bucket(K, I, [[K | V] | Bkt]) -> {[[K | V + I] | Bkt], 0};
counter_bucket(K, I, [E | Bkt0]) ->
    {Bkt, N} = counter_bucket(K, I, Bkt0),
    {[E | Bkt], N};
counter_bucket(K, I, []) -> {[[K | I]], 1}.

%% Visits segments last to first, buckets last to first, each bucket front to back.
fold(F, Acc, #dict{size = 0}) when is_function(F, 3) -> Acc;
fold(F, Acc, D) ->
    Segs = D#dict.segs,
    fold_segments(F, Acc, Segs, tuple_size(Segs)).

fold_segments(F, Acc, Segs, I) when I >= 1 ->
    Seg = element(I, Segs),
    fold_segments(F, fold_buckets(F, Acc, Seg, tuple_size(Seg)), Segs, I - 1);
fold_segments(F, Acc, _, 0) when is_function(F, 3) -> Acc.

fold_buckets(F, Acc, Seg, I) when I >= 1 ->
    fold_buckets(F, fold_bucket(F, Acc, element(I, Seg)), Seg, I - 1);
fold_buckets(F, Acc, _, 0) when is_function(F, 3) -> Acc.

fold_bucket(F, Acc, [[K | V] | Bkt]) -> fold_bucket(F, F(K, V, Acc), Bkt);
fold_bucket(F, Acc, []) when is_function(F, 3) -> Acc.

%% Visits segments, buckets and cells front to back.
map(F, #dict{size = 0} = D) when is_function(F, 2) -> D;
map(F, D) ->
    D#dict{segs = list_to_tuple(map_segments(F, tuple_to_list(D#dict.segs)))}.

map_segments(F, [Seg | Segs]) ->
    [list_to_tuple(map_buckets(F, tuple_to_list(Seg))) | map_segments(F, Segs)];
map_segments(F, []) when is_function(F, 2) -> [].

map_buckets(F, [Bkt | Bkts]) -> [map_bucket(F, Bkt) | map_buckets(F, Bkts)];
map_buckets(F, []) when is_function(F, 2) -> [].

map_bucket(F, [[K | V] | Bkt]) -> [[K | F(K, V)] | map_bucket(F, Bkt)];
map_bucket(F, []) when is_function(F, 2) -> [].

filter(F, #dict{size = 0} = D) when is_function(F, 2) -> D;
filter(F, D) ->
    {Segs, Dropped} = filter_segments(F, tuple_to_list(D#dict.segs), [], 0),
    maybe_contract(D#dict{segs = list_to_tuple(Segs)}, Dropped).

filter_segments(F, [Seg | Segs], Done, N0) ->
    {Bkts, N1} = filter_buckets(F, tuple_to_list(Seg), [], N0),
    filter_segments(F, Segs, [list_to_tuple(Bkts) | Done], N1);
filter_segments(F, [], Done, N) when is_function(F, 2) ->
    {lists:reverse(Done, []), N}.

filter_buckets(F, [Bkt | Bkts], Done, N0) ->
    {Kept, N1} = filter_bucket(F, Bkt, [], N0),
    filter_buckets(F, Bkts, [Kept | Done], N1);
filter_buckets(F, [], Done, N) when is_function(F, 2) ->
    {lists:reverse(Done), N}.

filter_bucket(F, [[K | V] = E | Bkt], Kept, N) ->
    case F(K, V) of
        true -> filter_bucket(F, Bkt, [E | Kept], N);
        false -> filter_bucket(F, Bkt, Kept, N + 1)
    end;
filter_bucket(F, [], Kept, N) when is_function(F, 2) ->
    {lists:reverse(Kept), N}.

%% The smaller dictionary is folded into the larger one.
merge(F, D1, D2) when D1#dict.size < D2#dict.size ->
    fold(fun(K, V1, D) -> update(K, fun(V2) -> F(K, V1, V2) end, V1, D) end, D2, D1);
merge(F, D1, D2) ->
    fold(fun(K, V2, D) -> update(K, fun(V1) -> F(K, V1, V2) end, V2, D) end, D1, D2).

%%% The hash table.

%% Buckets are numbered from 1; a key hashes into 1..maxn, and buckets above n are not
%% split yet, so their keys live in the buddy bucket bso below.
slot(T, Key) ->
    H = erlang:phash(Key, T#dict.maxn),
    if H > T#dict.n -> H - T#dict.bso;
       true -> H
    end.

bucket(T, Slot) -> segs_bucket(T#dict.segs, Slot).

segs_bucket(Segs, Slot) ->
    element((Slot - 1) rem ?SEG_SIZE + 1, element((Slot - 1) div ?SEG_SIZE + 1, Segs)).

segs_put(Segs, Slot, Bkt) ->
    SegI = (Slot - 1) div ?SEG_SIZE + 1,
    Seg = setelement((Slot - 1) rem ?SEG_SIZE + 1, element(SegI, Segs), Bkt),
    setelement(SegI, Segs, Seg).

%% Applies F to one bucket: F returns {NewBucket, Result}.
on_bucket(F, T, Slot) ->
    SegI = (Slot - 1) div ?SEG_SIZE + 1,
    BktI = (Slot - 1) rem ?SEG_SIZE + 1,
    Segs = T#dict.segs,
    Seg = element(SegI, Segs),
    {Bkt, Res} = F(element(BktI, Seg)),
    {T#dict{segs = setelement(SegI, Segs, setelement(BktI, Seg, Bkt))}, Res}.

maybe_expand(T, 0) -> expand(T, 0);
maybe_expand(T, 1) -> expand(T, 1).

%% Splits the bucket n+1-bso into itself and the new bucket n+1.
expand(T0, Added) when T0#dict.size + Added > T0#dict.exp_size ->
    T = grow_segments(T0),
    N = T#dict.n + 1,
    Low = N - T#dict.bso,
    Segs0 = T#dict.segs,
    {Stay, Move} = split_bucket(segs_bucket(Segs0, Low), Low, T#dict.maxn),
    Segs = segs_put(segs_put(Segs0, Low, Stay), N, Move),
    T#dict{size = T#dict.size + Added, n = N, exp_size = N * ?EXPAND_LOAD,
           con_size = N * ?CONTRACT_LOAD, segs = Segs};
expand(T, Added) -> T#dict{size = T#dict.size + Added}.

grow_segments(T) when T#dict.n =:= T#dict.maxn ->
    Segs = T#dict.segs,
    T#dict{maxn = 2 * T#dict.maxn, bso = 2 * T#dict.bso,
           segs = list_to_tuple(tuple_to_list(Segs) ++
                                    lists:duplicate(tuple_size(Segs), T#dict.empty))};
grow_segments(T) -> T.

%% Keeps the cells' order in both halves.
split_bucket([[K | _] = E | Bkt], Low, MaxN) ->
    {Stay, Move} = split_bucket(Bkt, Low, MaxN),
    case erlang:phash(K, MaxN) of
        Low -> {[E | Stay], Move};
        _ -> {Stay, [E | Move]}
    end;
split_bucket([], _, _) -> {[], []}.

%% Merges the top bucket n into its buddy when the table is sparse enough.
maybe_contract(T, Removed) when T#dict.size - Removed < T#dict.con_size,
                                T#dict.n > ?SEG_SIZE ->
    N = T#dict.n,
    Low = N - T#dict.bso,
    Segs0 = T#dict.segs,
    Joined = segs_bucket(Segs0, Low) ++ segs_bucket(Segs0, N),
    Segs = segs_put(segs_put(Segs0, Low, Joined), N, []),
    N1 = N - 1,
    shrink_segments(T#dict{size = T#dict.size - Removed, n = N1,
                           exp_size = N1 * ?EXPAND_LOAD,
                           con_size = N1 * ?CONTRACT_LOAD, segs = Segs});
maybe_contract(T, Removed) -> T#dict{size = T#dict.size - Removed}.

shrink_segments(T) when T#dict.n =:= T#dict.bso ->
    Segs = T#dict.segs,
    T#dict{maxn = T#dict.maxn div 2, bso = T#dict.bso div 2,
           segs = list_to_tuple(lists:sublist(tuple_to_list(Segs), 1,
                                              tuple_size(Segs) div 2))};
shrink_segments(T) -> T.
