-module(pdict_basic).
-export([start/0]).

%% The process dictionary: put returns the old value, get/erase of missing keys, keys of
%% any type, get_keys/0,1, and erase/0. Listings are sorted here because their raw order is
%% the dictionary's internal hash order, which for atom keys differs from run to run.

start() ->
    Initial = lists:sort(get()),
    Puts = [put(a, 1), put(a, 2), put(b, 1), put({k, 1}, v), put(1.0, float), put(1, int), put(<<"b">>, bin),
            put([], nil), put(a, 3)],
    Gets = [get(a), get(b), get({k, 1}), get(1), get(1.0), get(missing), get(<<"b">>), get([])],
    Keys = [sort_keys(get_keys()), sort_keys(get_keys(1)), get_keys(nothing_has_this)],
    All = lists:sort(get()),
    Erased = [erase(a), erase(a), erase(missing)],
    AfterErase = lists:sort(get()),
    Counter = [counter() || _ <- lists:seq(1, 5)],
    Big = [put({big, N}, N * N) || N <- lists:seq(1, 500)],
    BigSum = lists:sum([get({big, N}) || N <- lists:seq(1, 500)]),
    EraseAll = length(erase()),
    Empty = get(),
    {Initial, Puts, Gets, Keys, All, Erased, AfterErase, Counter, lists:usort(Big), BigSum, EraseAll, Empty}.

%% 1 and 1.0 compare equal, so lists:sort would keep them in the (hash) order get_keys
%% returned them; put integers first to make the order total.
sort_keys(Keys) -> [K || {_, _, K} <- lists:sort([{K, is_float(K), K} || K <- Keys])].

counter() ->
    N = case get(counter) of undefined -> 0; X -> X end,
    put(counter, N + 1).
