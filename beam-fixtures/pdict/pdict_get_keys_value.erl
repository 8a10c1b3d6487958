-module(pdict_get_keys_value).
-export([start/0]).

%% get_keys/1 finds every key with a given value (compared exactly); erase/1 returns the
%% old value; keys and values of any type, including large terms.

start() ->
    Big = lists:seq(1, 1000),
    [put(K, V) || {K, V} <- [{a, 1}, {b, 1.0}, {c, 1}, {{d}, Big}, {[e], Big}, {<<"f">>, x}, {1, x}, {1.0, y}]],
    Found = [lists:sort(get_keys(V)) || V <- [1, 1.0, Big, x, y, missing]],
    Erased = [erase(a), erase({d}), erase(1.0), erase(nope)],
    Remaining = lists:sort([K || {K, _} <- get()]),
    {Found, Erased, Remaining}.
