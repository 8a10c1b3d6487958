-module(pdict_raw_order).
-export([start/0]).

%% The raw order of get/0 and get_keys/0, which is the dictionary's internal hash-table
%% order (it grows and rehashes as keys are added). Only integer, binary, list and tuple
%% keys without atoms are used: the hash of an atom depends on its atom-table index.

start() ->
    [put(N, N * N) || N <- lists:seq(1, 10)],
    Ten = get(),
    [put(<<N>>, N) || N <- lists:seq(1, 30)],
    Forty = get_keys(),
    [put({N, [N]}, x) || N <- lists:seq(1, 60)],
    Hundred = get_keys(x),
    [erase(N) || N <- lists:seq(1, 10)],
    AfterErase = get(),
    Erased = erase(),
    {Ten, Forty, Hundred, AfterErase, length(Erased), get()}.
