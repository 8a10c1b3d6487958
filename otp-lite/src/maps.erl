%% otp-lite: the `maps` module, API-compatible with OTP 25.
%%
%% BIFs in OTP are stubs here, bound to native code by the VM. Iteration order (to_list,
%% fold, map, iterators, ...) comes from the VM's erts_internal:map_next/3, as in OTP.
-module(maps).

-export([get/3, filter/2, filtermap/2, fold/3, foreach/2, map/2, size/1, new/0,
         update_with/3, update_with/4, without/2, with/2, iterator/1, next/1,
         intersect/2, intersect_with/3, merge_with/3,
         groups_from_list/2, groups_from_list/3]).

%% BIFs.
-export([get/2, find/2, from_list/1, from_keys/2, is_key/2, keys/1, merge/2,
         put/3, remove/2, take/2, to_list/1, update/3, values/1]).

-export_type([iterator/2, iterator/0]).

-opaque iterator(Key, Value) :: {Key, Value, iterator(Key, Value)} | none
                              | nonempty_improper_list(integer(), #{Key => Value}).
-type iterator() :: iterator(term(), term()).

-dialyzer({no_improper_lists, iterator/1}).

get(_, _) -> erlang:nif_error(undef).
find(_, _) -> erlang:nif_error(undef).
from_list(_) -> erlang:nif_error(undef).
from_keys(_, _) -> erlang:nif_error(undef).
is_key(_, _) -> erlang:nif_error(undef).
keys(_) -> erlang:nif_error(undef).
merge(_, _) -> erlang:nif_error(undef).
put(_, _, _) -> erlang:nif_error(undef).
remove(_, _) -> erlang:nif_error(undef).
take(_, _) -> erlang:nif_error(undef).
update(_, _, _) -> erlang:nif_error(undef).
values(_) -> erlang:nif_error(undef).

new() -> #{}.

size(Map) ->
    try map_size(Map)
    catch _:_ -> fail({badmap, Map}, [Map])
    end.

to_list(Map) when is_map(Map) ->
    collect(erts_internal:map_next(0, Map, []));
to_list(Map) ->
    fail({badmap, Map}, [Map]).

%% map_next/3 with a list accumulator returns either the finished list or
%% [NextPath, Map | ListSoFar].
collect([Path, Map | Acc]) when is_integer(Path) ->
    collect(erts_internal:map_next(Path, Map, Acc));
collect(Acc) ->
    Acc.

get(Key, Map, Default) when is_map(Map) ->
    case Map of
        #{Key := Value} -> Value;
        #{} -> Default
    end;
get(Key, Map, Default) ->
    fail({badmap, Map}, [Key, Map, Default]).

update_with(Key, Fun, Map) when is_function(Fun, 1), is_map(Map) ->
    case Map of
        #{Key := Value} -> Map#{Key := Fun(Value)};
        #{} -> erlang:error({badkey, Key}, [Key, Fun, Map])
    end;
update_with(Key, Fun, Map) ->
    fail(bad_map_or_arg(Map), [Key, Fun, Map]).

update_with(Key, Fun, Init, Map) when is_function(Fun, 1), is_map(Map) ->
    case Map of
        #{Key := Value} -> Map#{Key := Fun(Value)};
        #{} -> Map#{Key => Init}
    end;
update_with(Key, Fun, Init, Map) ->
    fail(bad_map_or_arg(Map), [Key, Fun, Init, Map]).

iterator(Map) when is_map(Map) -> [0 | Map];
iterator(Map) -> fail({badmap, Map}, [Map]).

next({_, _, _} = Step) -> Step;
next([Path | Map]) when is_integer(Path), is_map(Map) ->
    erts_internal:map_next(Path, Map, iterator);
next(none) -> none;
next(Iter) -> fail(badarg, [Iter]).

%% The first step of an iteration over a map or an iterator; anything else is a badmap.
first_step(MapOrIter, Args) ->
    Iter = if is_map(MapOrIter) -> iterator(MapOrIter);
              true -> MapOrIter
           end,
    try next(Iter)
    catch error:_ -> fail({badmap, MapOrIter}, Args)
    end.

filter(Pred, MapOrIter) when is_function(Pred, 2) ->
    maps:from_list(filter_steps(Pred, first_step(MapOrIter, [Pred, MapOrIter])));
filter(Pred, Map) ->
    fail(badarg, [Pred, Map]).

filter_steps(Pred, {K, V, Iter}) ->
    case Pred(K, V) of
        true -> [{K, V} | filter_steps(Pred, next(Iter))];
        false -> filter_steps(Pred, next(Iter))
    end;
filter_steps(_Pred, none) -> [].

filtermap(Fun, MapOrIter) when is_function(Fun, 2) ->
    maps:from_list(filtermap_steps(Fun, first_step(MapOrIter, [Fun, MapOrIter])));
filtermap(Fun, Map) ->
    fail(badarg, [Fun, Map]).

filtermap_steps(Fun, {K, V, Iter}) ->
    case Fun(K, V) of
        true -> [{K, V} | filtermap_steps(Fun, next(Iter))];
        {true, NewV} -> [{K, NewV} | filtermap_steps(Fun, next(Iter))];
        false -> filtermap_steps(Fun, next(Iter))
    end;
filtermap_steps(_Fun, none) -> [].

foreach(Fun, MapOrIter) when is_function(Fun, 2) ->
    foreach_steps(Fun, first_step(MapOrIter, [Fun, MapOrIter]));
foreach(Fun, Map) ->
    fail(badarg, [Fun, Map]).

foreach_steps(Fun, {K, V, Iter}) ->
    Fun(K, V),
    foreach_steps(Fun, next(Iter));
foreach_steps(_Fun, none) -> ok.

fold(Fun, Init, MapOrIter) when is_function(Fun, 3) ->
    fold_steps(Fun, Init, first_step(MapOrIter, [Fun, Init, MapOrIter]));
fold(Fun, Init, Map) ->
    fail(badarg, [Fun, Init, Map]).

fold_steps(Fun, Acc, {K, V, Iter}) -> fold_steps(Fun, Fun(K, V, Acc), next(Iter));
fold_steps(_Fun, Acc, none) -> Acc.

map(Fun, MapOrIter) when is_function(Fun, 2) ->
    maps:from_list(map_steps(Fun, first_step(MapOrIter, [Fun, MapOrIter])));
map(Fun, Map) ->
    fail(badarg, [Fun, Map]).

map_steps(Fun, {K, V, Iter}) -> [{K, Fun(K, V)} | map_steps(Fun, next(Iter))];
map_steps(_Fun, none) -> [].

without(Keys, Map) when is_list(Keys), is_map(Map) ->
    lists:foldl(fun maps:remove/2, Map, Keys);
without(Keys, Map) ->
    fail(bad_map_or_arg(Map), [Keys, Map]).

with(Keys, Map) when is_list(Keys), is_map(Map) ->
    maps:from_list(with_keys(Keys, Map));
with(Keys, Map) ->
    fail(bad_map_or_arg(Map), [Keys, Map]).

with_keys([K | Ks], Map) ->
    case Map of
        #{K := V} -> [{K, V} | with_keys(Ks, Map)];
        #{} -> with_keys(Ks, Map)
    end;
with_keys([], _Map) -> [].

intersect(Map1, Map2) when is_map(Map1), is_map(Map2) ->
    case map_size(Map1) =< map_size(Map2) of
        true -> intersect_small_first(fun(_K, _V1, V2) -> V2 end, Map1, Map2);
        false -> intersect_small_first(fun(_K, V1, _V2) -> V1 end, Map2, Map1)
    end;
intersect(Map1, Map2) ->
    fail(first_non_map(Map1, Map2), [Map1, Map2]).

intersect_with(Combiner, Map1, Map2)
  when is_map(Map1), is_map(Map2), is_function(Combiner, 3) ->
    case map_size(Map1) =< map_size(Map2) of
        true -> intersect_small_first(Combiner, Map1, Map2);
        false ->
            intersect_small_first(fun(K, V2, V1) -> Combiner(K, V1, V2) end, Map2, Map1)
    end;
intersect_with(Combiner, Map1, Map2) ->
    fail(merge_error(Map1, Map2, Combiner), [Combiner, Map1, Map2]).

intersect_small_first(Combiner, Small, Big) ->
    intersect_steps(maps:next(maps:iterator(Small)), [], Big, Combiner).

intersect_steps({K, V1, Iter}, Keep, Big, Combiner) ->
    Next = maps:next(Iter),
    case Big of
        #{K := V2} -> intersect_steps(Next, [{K, Combiner(K, V1, V2)} | Keep], Big, Combiner);
        _ -> intersect_steps(Next, Keep, Big, Combiner)
    end;
intersect_steps(none, Keep, _Big, _Combiner) ->
    maps:from_list(Keep).

merge_with(Combiner, Map1, Map2)
  when is_map(Map1), is_map(Map2), is_function(Combiner, 3) ->
    case map_size(Map1) > map_size(Map2) of
        true ->
            merge_into(maps:next(maps:iterator(Map2)), Map1, Combiner);
        false ->
            merge_into(maps:next(maps:iterator(Map1)), Map2,
                       fun(K, V2, V1) -> Combiner(K, V1, V2) end)
    end;
merge_with(Combiner, Map1, Map2) ->
    fail(merge_error(Map1, Map2, Combiner), [Combiner, Map1, Map2]).

%% Folds the entries of the smaller map into the bigger one.
merge_into({K, V, Iter}, Into, Combiner) ->
    case Into of
        #{K := Old} -> merge_into(maps:next(Iter), Into#{K := Combiner(K, Old, V)}, Combiner);
        #{} -> merge_into(maps:next(Iter), maps:put(K, V, Into), Combiner)
    end;
merge_into(none, Into, _Combiner) ->
    Into.

groups_from_list(Fun, List) when is_function(Fun, 1) ->
    try lists:reverse(List) of
        Reversed -> group_by(Fun, Reversed, #{})
    catch
        error:_ -> fail(badarg, [Fun, List])
    end;
groups_from_list(Fun, List) ->
    fail(badarg, [Fun, List]).

%% Walks the list backwards, so each group is built in list order by prepending.
group_by(Fun, [H | T], Groups) ->
    K = Fun(H),
    group_by(Fun, T, add_to_group(K, H, Groups));
group_by(_Fun, [], Groups) ->
    Groups.

groups_from_list(Fun, ValueFun, List) when is_function(Fun, 1), is_function(ValueFun, 1) ->
    try lists:reverse(List) of
        Reversed -> group_by(Fun, ValueFun, Reversed, #{})
    catch
        error:_ -> fail(badarg, [Fun, ValueFun, List])
    end;
groups_from_list(Fun, ValueFun, List) ->
    fail(badarg, [Fun, ValueFun, List]).

group_by(Fun, ValueFun, [H | T], Groups) ->
    K = Fun(H),
    V = ValueFun(H),
    group_by(Fun, ValueFun, T, add_to_group(K, V, Groups));
group_by(_Fun, _ValueFun, [], Groups) ->
    Groups.

add_to_group(K, V, Groups) ->
    case Groups of
        #{K := Vs} -> Groups#{K := [V | Vs]};
        #{} -> Groups#{K => [V]}
    end.

bad_map_or_arg(M) when is_map(M) -> badarg;
bad_map_or_arg(V) -> {badmap, V}.

first_non_map(M1, M2) when is_map(M1) -> {badmap, M2};
first_non_map(M1, _M2) -> {badmap, M1}.

merge_error(M1, M2, Combiner) when is_function(Combiner, 3) -> first_non_map(M1, M2);
merge_error(_M1, _M2, _Combiner) -> badarg.

fail(Reason, Args) ->
    erlang:error(Reason, Args, [{error_info, #{module => erl_stdlib_errors}}]).
