-module(etf_roundtrip_stress).
-export([start/0]).

%% Pseudo-random terms of every type (deterministic generator), encoded with each option
%% set and decoded again; the digests of the encodings pin the exact bytes.

start() ->
    {Terms, _} = lists:mapfoldl(fun(_, S) -> gen(S, 4) end, 42, lists:seq(1, 60)),
    Opts = [[], [{minor_version, 0}], [{minor_version, 1}], [{minor_version, 2}], [deterministic]],
    Digests = [erlang:md5(term_to_binary(Terms, O)) || O <- Opts],
    RoundTrip = lists:all(fun(T) -> lists:all(fun(O) -> binary_to_term(term_to_binary(T, O)) =:= T end, Opts) end, Terms),
    Sizes = [erlang:external_size(T) || T <- lists:sublist(Terms, 15)],
    Sample = lists:sublist(Terms, 8),
    {Digests, RoundTrip, Sizes, Sample}.

next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.

gen(S0, Depth) ->
    S = next(S0),
    case S rem (if Depth =< 0 -> 8; true -> 12 end) of
        0 -> {S rem 256, S};
        1 -> {(S bsl 40) - (S bsl 20), S};
        2 -> {-(S bsl 70), S};
        3 -> {S / 1024, S};
        4 -> {list_to_atom("gen_" ++ integer_to_list(S rem 50)), S};
        5 -> {integer_to_binary(S), S};
        6 -> {<<S:13>>, S};
        7 -> {[], S};
        8 -> gen_list(S, Depth - 1, S rem 5, []);
        9 -> {L, S2} = gen_list(S, Depth - 1, S rem 4, []), {list_to_tuple(L), S2};
        10 -> {L, S2} = gen_list(S, Depth - 1, S rem 4, []), {maps:from_list([{K, K} || K <- L]), S2};
        11 -> {L, S2} = gen_list(S, Depth - 1, 2, []), {[hd(L) | hd(tl(L))], S2}
    end.

gen_list(S, _, 0, Acc) -> {Acc, S};
gen_list(S, D, N, Acc) -> {T, S2} = gen(S, D), gen_list(S2, D, N - 1, [T | Acc]).
