-module(bitsyntax_test_unit_tail).
-export([start/0]).

%% Clauses distinguished only by the size or unit of what remains (bs_test_tail,
%% bs_test_unit), including empty tails and tails of odd bit counts.

start() ->
    Inputs = [<<>>, <<1:1>>, <<1:4>>, <<1>>, <<1, 2>>, <<1, 2, 3>>, <<1, 2, 3, 4>>, <<0:12>>, <<0:24>>, <<0:33>>],
    [{bit_size(I), kind(I)} || I <- Inputs].

kind(<<>>) -> empty;
kind(<<_:8>>) -> one_byte;
kind(<<_:16>>) -> two_bytes;
kind(<<_:4/binary-unit:8>>) -> four_bytes;
kind(<<_/binary-unit:24>>) -> multiple_of_three_bytes;
kind(<<_/binary-unit:16>>) -> even_bytes;
kind(<<_/binary>>) -> some_bytes;
kind(<<_:4/binary-unit:3>>) -> twelve_bits;
kind(<<_/bits>>) -> bits.
