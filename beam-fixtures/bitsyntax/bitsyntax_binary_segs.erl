-module(bitsyntax_binary_segs).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% binary, bytes, bits and bitstring segments: explicit sizes and units, size taken from
%% earlier segments, tails that are not byte-aligned, and the errors for misfits.

start() ->
    B = id(<<"abcdefgh">>),
    Bits = id(<<5:3>>),
    Construct = [<<B/binary>>, <<B:3/binary>>, <<B:2/binary-unit:16>>, <<Bits/bits, B/binary>>,
                 <<Bits/bitstring, Bits/bits, Bits/bits>>, <<B:4/bytes, Bits:2/bits>>, <<B/binary, 1:1>>,
                 <<(id(<<>>))/binary>>, <<B:0/binary>>],
    Errs = [?T(<<(id(Bits))/binary>>), ?T(<<B:9/binary>>), ?T(<<(id(abc))/binary>>), ?T(<<Bits:4/bits>>),
            ?T(<<B:(id(-1))/binary>>), ?T(<<(id(<<1:7>>)):1/binary>>)],
    Match = [m(X) || X <- [<<>>, <<1>>, <<3, "abc", "rest">>, <<2, "ab">>, <<5, "ab">>, <<1:1>>, <<0, 1:4>>,
                           <<4, 1, 2, 3, 4, 5:3>>]],
    Prefixed = prefixed(<<3, "abc", 2, "de", 0, 1, "f">>, []),
    Splits = [split_bits(<<16#FFAA:16>>, N) || N <- [0, 1, 5, 8, 15, 16]],
    Units = [?T(unit_match(X)) || X <- [<<1, 2, 3, 4>>, <<1, 2, 3>>, <<1:12>>, <<>>]],
    {Construct, Errs, Match, Prefixed, Splits, Units}.

m(<<N, Data:N/binary, Rest/binary>>) -> {len_prefixed, Data, Rest};
m(<<N, Rest/binary>>) -> {short, N, Rest};
m(<<N:1, Rest/bits>>) -> {one_bit, N, Rest};
m(<<>>) -> empty.

prefixed(<<>>, Acc) -> lists:reverse(Acc);
prefixed(<<Len, Item:Len/binary, Rest/binary>>, Acc) -> prefixed(Rest, [Item | Acc]);
prefixed(Other, Acc) -> {stuck, Other, lists:reverse(Acc)}.

split_bits(B, N) ->
    <<H:N/bits, T/bits>> = B,
    {H, T}.

unit_match(<<X:2/binary-unit:16, _/binary>>) -> {words, X};
unit_match(<<X/binary-unit:16>>) -> {even, X};
unit_match(<<X:4/binary-unit:3, R/bits>>) -> {twelve, X, R}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
