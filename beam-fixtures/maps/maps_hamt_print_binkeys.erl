-module(maps_hamt_print_binkeys).
-export([start/0]).

%% ~w of large maps keyed by binaries, strings, floats, negative and big integers, and
%% tuples/lists of those: each prints in OTP's internal hash-trie order. Also the order of
%% term_to_binary for such maps and of maps:fold over them.

start() ->
    Bin = maps:from_list([{<<"key", (integer_to_binary(N))/binary>>, N} || N <- lists:seq(1, 40)]),
    Str = maps:from_list([{"k" ++ integer_to_list(N), N} || N <- lists:seq(1, 35)]),
    Flt = maps:from_list([{N / 4, N} || N <- lists:seq(1, 36)]),
    Neg = maps:from_list([{-N * 1000003, N} || N <- lists:seq(1, 34)]),
    Big = maps:from_list([{(1 bsl 64) + N, N} || N <- lists:seq(1, 33)]),
    Tup = maps:from_list([{{N, [N, <<N>>]}, N} || N <- lists:seq(1, 33)]),
    Fold = maps:fold(fun(K, _, Acc) -> [K | Acc] end, [], Bin),
    T2b = erlang:md5(term_to_binary(Bin)),
    Keys = [maps:keys(M) || M <- [Flt, Neg, Big]],
    {Bin, Str, Flt, Neg, Big, Tup, Fold, T2b, Keys}.
