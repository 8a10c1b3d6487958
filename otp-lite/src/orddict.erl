%% otp-lite: the `orddict` module, API-compatible with OTP 25: a list of {Key, Value}
%% sorted by key, keys compared with == (so 1 and 1.0 are the same key).
-module(orddict).

-export([new/0, is_key/2, to_list/1, from_list/1, size/1, is_empty/1]).
-export([fetch/2, find/2, fetch_keys/1, erase/2, take/2]).
-export([store/3, append/3, append_list/3, update/3, update/4, update_counter/3]).
-export([fold/3, map/2, filter/2, merge/3]).

-export_type([orddict/0, orddict/2]).

-type orddict() :: orddict(_, _).
-type orddict(Key, Value) :: [{Key, Value}].

new() -> [].

is_key(Key, [{K, _} | _]) when Key < K -> false;
is_key(Key, [{K, _} | D]) when Key > K -> is_key(Key, D);
is_key(_Key, [{_, _} | _]) -> true;
is_key(_, []) -> false.

to_list(D) -> D.

%% Of pairs with equal keys the last one wins.
from_list([]) -> [];
from_list([{_, _}] = D) -> D;
from_list(Pairs) -> lists:ukeysort(1, reverse_pairs(Pairs, [])).

reverse_pairs([{_, _} = P | T], Acc) -> reverse_pairs(T, [P | Acc]);
reverse_pairs([], Acc) -> Acc.

size(D) -> length(D).

is_empty([]) -> true;
is_empty([_ | _]) -> false.

fetch(Key, [{K, _} | D]) when Key > K -> fetch(Key, D);
fetch(Key, [{K, V} | _]) when Key == K -> V.

find(Key, [{K, _} | _]) when Key < K -> error;
find(Key, [{K, _} | D]) when Key > K -> find(Key, D);
find(_Key, [{_, V} | _]) -> {ok, V};
find(_, []) -> error.

fetch_keys([{K, _} | D]) -> [K | fetch_keys(D)];
fetch_keys([]) -> [].

erase(Key, [{K, _} = E | D]) when Key < K -> [E | D];
erase(Key, [{K, _} = E | D]) when Key > K -> [E | erase(Key, D)];
erase(_Key, [{_, _} | D]) -> D;
erase(_, []) -> [].

take(Key, D) -> take(Key, D, []).

take(Key, [{K, _} | _], _Before) when Key < K -> error;
take(Key, [{K, _} = E | D], Before) when Key > K -> take(Key, D, [E | Before]);
take(_Key, [{_, V} | D], Before) -> {V, lists:reverse(Before, D)};
take(_, [], _) -> error.

%% The stored pair takes the given key, even when an equal one (1.0 for 1) was there.
store(Key, New, [{K, _} | _] = D) when Key < K -> [{Key, New} | D];
store(Key, New, [{K, _} = E | D]) when Key > K -> [E | store(Key, New, D)];
store(Key, New, [{_, _} | D]) -> [{Key, New} | D];
store(Key, New, []) -> [{Key, New}].

append(Key, New, D) -> append_list(Key, [New], D).

append_list(Key, L, [{K, _} | _] = D) when Key < K -> [{Key, L} | D];
append_list(Key, L, [{K, _} = E | D]) when Key > K -> [E | append_list(Key, L, D)];
append_list(Key, L, [{_, Old} | D]) -> [{Key, Old ++ L} | D];
append_list(Key, L, []) -> [{Key, L}].

update(Key, F, [{K, _} = E | D]) when Key > K -> [E | update(Key, F, D)];
update(Key, F, [{K, V} | D]) when Key == K -> [{Key, F(V)} | D].

update(Key, _, Init, [{K, _} | _] = D) when Key < K -> [{Key, Init} | D];
update(Key, F, Init, [{K, _} = E | D]) when Key > K -> [E | update(Key, F, Init, D)];
update(Key, F, _Init, [{_, V} | D]) -> [{Key, F(V)} | D];
update(Key, _, Init, []) -> [{Key, Init}].

update_counter(Key, Incr, [{K, _} | _] = D) when Key < K -> [{Key, Incr} | D];
update_counter(Key, Incr, [{K, _} = E | D]) when Key > K -> [E | update_counter(Key, Incr, D)];
update_counter(Key, Incr, [{_, V} | D]) -> [{Key, V + Incr} | D];
update_counter(Key, Incr, []) -> [{Key, Incr}].

fold(F, Acc, [{K, V} | D]) -> fold(F, F(K, V, Acc), D);
fold(F, Acc, []) when is_function(F, 3) -> Acc.

map(F, [{K, V} | D]) -> [{K, F(K, V)} | map(F, D)];
map(F, []) when is_function(F, 2) -> [].

filter(F, [{K, V} = E | D]) ->
    case F(K, V) of
        true -> [E | filter(F, D)];
        false -> filter(F, D)
    end;
filter(F, []) when is_function(F, 2) -> [].

merge(F, [{K1, _} = E1 | D1], [{K2, _} | _] = D2) when K1 < K2 -> [E1 | merge(F, D1, D2)];
merge(F, [{K1, _} | _] = D1, [{K2, _} = E2 | D2]) when K1 > K2 -> [E2 | merge(F, D1, D2)];
merge(F, [{K1, V1} | D1], [{_, V2} | D2]) -> [{K1, F(K1, V1, V2)} | merge(F, D1, D2)];
merge(F, [], D2) when is_function(F, 3) -> D2;
merge(F, D1, []) when is_function(F, 3) -> D1.
