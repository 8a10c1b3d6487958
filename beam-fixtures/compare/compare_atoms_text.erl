-module(compare_atoms_text).
-export([start/0]).

%% Atoms compare by their text (code points in order), not by creation order or index;
%% sorting atoms with non-ASCII characters and atoms that are prefixes of others.

start() ->
    As = ['b', 'a', 'ab', 'aa', 'a_', 'A', 'Z', 'é', 'e', 'z', '', ' ', '日本', 'ÿ', 'ß', 'ok', 'true', 'false', 'aé', 'a€'],
    Sorted = lists:sort(As),
    Pairs = [{A, B, A < B} || {A, B} <- [{a, b}, {'A', a}, {'é', z}, {'日本', 'ÿ'}, {'', a}, {ab, 'a€'}]],
    {Sorted, Pairs, lists:max(As), lists:min(As)}.
