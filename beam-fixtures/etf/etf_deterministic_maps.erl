-module(etf_deterministic_maps).
-export([start/0]).

%% Maps in the external format: small maps are written in key order; large maps in their
%% internal hash order, unless the deterministic option asks for sorted keys; decoding
%% accepts any order. Integer and binary keys only (atom hashes vary between runs).

start() ->
    Small = #{3 => c, 1 => a, 2 => b},
    Large = maps:from_list([{N, N * 2} || N <- lists:seq(1, 40)]),
    BinKeys = maps:from_list([{<<N>>, N} || N <- lists:seq(1, 35)]),
    Plain = [term_to_binary(M) || M <- [Small, Large, BinKeys]],
    Det = [term_to_binary(M, [deterministic]) || M <- [Small, Large, BinKeys]],
    SameSmall = hd(Plain) =:= hd(Det),
    Decoded = [binary_to_term(B) =:= M || {B, M} <- lists:zip(Plain ++ Det, [Small, Large, BinKeys, Small, Large, BinKeys])],
    Nested = term_to_binary(#{list => [Large], tuple => {BinKeys}}, [deterministic]),
    {Plain, Det, SameSmall, Decoded, erlang:md5(Nested)}.
