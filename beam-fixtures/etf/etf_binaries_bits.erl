-module(etf_binaries_bits).
-export([start/0]).

%% Binaries and bitstrings in the external format: BINARY_EXT for whole bytes and
%% BIT_BINARY_EXT with the count of used bits in the last byte; sub-binaries and unaligned
%% bitstrings are written with their bits packed from the start.

start() ->
    Bs = [<<>>, <<1>>, <<1, 2, 3>>, <<1:1>>, <<255, 1:3>>, <<0:7>>, binary:part(<<"abcdef">>, 2, 3),
          element(2, split_unaligned(<<"xyz">>)), binary:copy(<<"q">>, 70)],
    Enc = [case term_to_binary(B) of E when byte_size(E) > 30 -> {long, byte_size(E), binary:part(E, 0, 8)}; E -> E end || B <- Bs],
    Back = [binary_to_term(term_to_binary(B)) =:= B || B <- Bs],
    {Enc, Back}.

split_unaligned(B) -> <<H:3, T/bits>> = B, {H, T}.
