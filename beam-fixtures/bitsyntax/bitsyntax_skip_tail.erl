-module(bitsyntax_skip_tail).
-export([start/0]).

%% Skipping segments (_:N, _:N/binary, _/bits), tests that the remaining tail has a given
%% size or unit, and matches that must fail because of leftover bits.

start() ->
    Inputs = [<<>>, <<1>>, <<1, 2>>, <<1, 2, 3>>, <<1, 2, 3, 4>>, <<1, 2, 3, 4, 5, 6, 7, 8>>, <<1:4>>, <<1, 2:4>>,
              <<1:12>>, <<0:64>>, <<255:16, 1:1>>],
    Results = [[F(B) || F <- [fun exact2/1, fun skip_then/1, fun unit16/1, fun tail_bits/1, fun last_byte/1,
                             fun skip_var/1]] || B <- Inputs],
    {Results}.

exact2(<<_, _>>) -> two_bytes;
exact2(_) -> no.

skip_then(<<_:8, X:8, _/binary>>) -> {second, X};
skip_then(<<_:4, X:4>>) -> {low_nibble, X};
skip_then(_) -> no.

unit16(<<_/binary-unit:16>>) -> even_bytes;
unit16(<<_/binary>>) -> odd_bytes;
unit16(_) -> not_bytes.

tail_bits(<<_:1, R/bits>>) -> {rest_bits, bit_size(R)};
tail_bits(<<>>) -> empty.

last_byte(B) when byte_size(B) > 0, is_binary(B) ->
    S = byte_size(B) - 1,
    <<_:S/binary, L>> = B,
    {last, L};
last_byte(_) -> no.

skip_var(<<N:4, _:N/unit:4, R/bits>>) -> {skipped, N, R};
skip_var(_) -> no.
