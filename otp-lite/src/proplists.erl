%% otp-lite: the `proplists` module, API-compatible with OTP 25.
%%
%% A property is an atom A (short for {A, true}) or a tuple whose first element is the key.
%% Keys are matched with =:=. Entries that are neither are skipped.
-module(proplists).

-export([property/1, property/2, unfold/1, compact/1, lookup/2, lookup_all/2,
         is_defined/2, get_value/2, get_value/3, get_all_values/2, append_values/2,
         get_bool/2, get_keys/1, delete/2, substitute_aliases/2, substitute_negations/2,
         expand/2, normalize/2, split/2, from_map/1, to_map/1, to_map/2]).

-export_type([property/0, proplist/0]).

-type property() :: atom() | tuple().
-type proplist() :: [property()].

%% Whether entry P has key Key.
-define(HAS_KEY(P, Key),
        ((is_atom(P) andalso P =:= Key) orelse
         (is_tuple(P) andalso tuple_size(P) >= 1 andalso element(1, P) =:= Key))).

property({Key, true}) when is_atom(Key) -> Key;
property(Property) -> Property.

property(Key, true) when is_atom(Key) -> Key;
property(Key, Value) -> {Key, Value}.

unfold([P | Ps]) when is_atom(P) -> [{P, true} | unfold(Ps)];
unfold([P | Ps]) -> [P | unfold(Ps)];
unfold([]) -> [].

compact(List) -> [property(P) || P <- List].

lookup(Key, [P | Ps]) ->
    if is_atom(P), P =:= Key -> {Key, true};
       tuple_size(P) >= 1, element(1, P) =:= Key -> P;
       true -> lookup(Key, Ps)
    end;
lookup(_Key, []) -> none.

lookup_all(Key, [P | Ps]) ->
    if is_atom(P), P =:= Key -> [{Key, true} | lookup_all(Key, Ps)];
       tuple_size(P) >= 1, element(1, P) =:= Key -> [P | lookup_all(Key, Ps)];
       true -> lookup_all(Key, Ps)
    end;
lookup_all(_Key, []) -> [].

is_defined(Key, [P | Ps]) ->
    if ?HAS_KEY(P, Key) -> true;
       true -> is_defined(Key, Ps)
    end;
is_defined(_Key, []) -> false.

get_value(Key, List) -> get_value(Key, List, undefined).

%% The first entry with the key decides, even when it is not a pair.
get_value(Key, [P | Ps], Default) ->
    if is_atom(P), P =:= Key -> true;
       tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} -> Value;
                _ -> Default
            end;
       true -> get_value(Key, Ps, Default)
    end;
get_value(_Key, [], Default) -> Default.

get_all_values(Key, [P | Ps]) ->
    if is_atom(P), P =:= Key -> [true | get_all_values(Key, Ps)];
       tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} -> [Value | get_all_values(Key, Ps)];
                _ -> get_all_values(Key, Ps)
            end;
       true -> get_all_values(Key, Ps)
    end;
get_all_values(_Key, []) -> [].

append_values(Key, [P | Ps]) ->
    if is_atom(P), P =:= Key -> [true | append_values(Key, Ps)];
       tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} when is_list(Value) -> Value ++ append_values(Key, Ps);
                {_, Value} -> [Value | append_values(Key, Ps)];
                _ -> append_values(Key, Ps)
            end;
       true -> append_values(Key, Ps)
    end;
append_values(_Key, []) -> [].

get_bool(Key, [P | Ps]) ->
    if is_atom(P), P =:= Key -> true;
       tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, true} -> true;
                _ -> false
            end;
       true -> get_bool(Key, Ps)
    end;
get_bool(_Key, []) -> false.

%% The keys come out in the order of a set of them, as in OTP.
get_keys(Ps) -> sets:to_list(collect_keys(Ps, sets:new())).

collect_keys([P | Ps], Keys) ->
    if is_atom(P) -> collect_keys(Ps, sets:add_element(P, Keys));
       tuple_size(P) >= 1 -> collect_keys(Ps, sets:add_element(element(1, P), Keys));
       true -> collect_keys(Ps, Keys)
    end;
collect_keys([], Keys) -> Keys.

delete(Key, [P | Ps]) ->
    if ?HAS_KEY(P, Key) -> delete(Key, Ps);
       true -> [P | delete(Key, Ps)]
    end;
delete(_, []) -> [].

substitute_aliases(Aliases, Props) -> [alias(Aliases, P) || P <- Props].

alias([{Key, NewKey} | As], P) ->
    if is_atom(P), P =:= Key -> property(NewKey, true);
       tuple_size(P) >= 1, element(1, P) =:= Key -> property(setelement(1, P, NewKey));
       true -> alias(As, P)
    end;
alias([], P) -> P.

substitute_negations(Negations, Props) -> [negate(Negations, P) || P <- Props].

%% A tuple that is not {K, true} or {K, false} counts as false (as get_bool/2 reads it).
negate([{Key, NewKey} | Ns], P) ->
    if is_atom(P), P =:= Key -> property(NewKey, false);
       tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, true} -> property(NewKey, false);
                _ -> property(NewKey, true)
            end;
       true -> negate(Ns, P)
    end;
negate([], P) -> P.

expand(Expansions, Ps) when is_list(Ps) ->
    Es = [{property(P), V} || {P, V} <- Expansions],
    splice(expand_all(first_per_key(Es), Ps)).

expand_all([{P, L} | Es], Ps) -> expand_all(Es, expand_one(P, L, Ps));
expand_all([], Ps) -> Ps.

expand_one(P, L, Ps) ->
    if is_atom(P) -> expand_at(P, P, L, Ps);
       tuple_size(P) >= 1 -> expand_at(element(1, P), P, L, Ps);
       true -> Ps
    end.

%% Replaces the first entry with the key by the expansion list L (spliced in later) and
%% deletes the other entries with that key, but only if that first entry is P itself.
%% Lists already in Ps (earlier expansions) are skipped.
expand_at(Key, P, L, [Q | Qs]) ->
    if is_atom(Q), Q =:= Key -> expand_found(Key, P, Q, L, Qs);
       tuple_size(Q) >= 1, element(1, Q) =:= Key -> expand_found(Key, P, property(Q), L, Qs);
       true -> [Q | expand_at(Key, P, L, Qs)]
    end;
expand_at(_, _, _, []) -> [].

expand_found(Key, P, Q, L, Qs) when P =:= Q -> [L | delete(Key, Qs)];
expand_found(_Key, _P, Q, _L, Qs) -> [Q | Qs].

%% Drops entries whose key equals the previous entry's key.
first_per_key([{K, V} | Ps]) -> [{K, V} | first_per_key(K, Ps)];
first_per_key([]) -> [].

first_per_key(K, [{K1, V} | Ps]) ->
    if K =:= K1 -> first_per_key(K, Ps);
       true -> [{K1, V} | first_per_key(K1, Ps)]
    end;
first_per_key(_, []) -> [].

splice([E | Es]) when is_list(E) -> E ++ splice(Es);
splice([E | Es]) -> [E | splice(Es)];
splice([]) -> [].

normalize(List, Stages) -> compact(apply_stages(List, Stages)).

apply_stages(L, [{aliases, As} | Xs]) -> apply_stages(substitute_aliases(As, L), Xs);
apply_stages(L, [{expand, Es} | Xs]) -> apply_stages(expand(Es, L), Xs);
apply_stages(L, [{negations, Ns} | Xs]) -> apply_stages(substitute_negations(Ns, L), Xs);
apply_stages(L, []) -> L.

split(List, Keys) ->
    {Groups, Rest} = split_into(List, maps:from_list([{K, []} || K <- Keys]), []),
    {[lists:reverse(map_get(K, Groups)) || K <- Keys], lists:reverse(Rest)}.

split_into([P | Ps], Groups, Rest) ->
    if is_atom(P) -> split_key(P, P, Ps, Groups, Rest);
       tuple_size(P) >= 1 -> split_key(element(1, P), P, Ps, Groups, Rest);
       true -> split_into(Ps, Groups, [P | Rest])
    end;
split_into([], Groups, Rest) -> {Groups, Rest}.

split_key(Key, P, Ps, Groups, Rest) ->
    case Groups of
        #{Key := Got} -> split_into(Ps, Groups#{Key := [P | Got]}, Rest);
        #{} -> split_into(Ps, Groups, [P | Rest])
    end.

%% Earlier entries win, so the list is folded from the right.
to_map(List) ->
    lists:foldr(fun({K, V}, M) -> M#{K => V};
                   (T, M) when 1 =< tuple_size(T) -> maps:remove(element(1, T), M);
                   (K, M) when is_atom(K) -> M#{K => true};
                   (_, M) -> M
                end, #{}, List).

to_map(List, Stages) -> to_map(apply_stages(List, Stages)).

from_map(Map) -> maps:to_list(Map).
