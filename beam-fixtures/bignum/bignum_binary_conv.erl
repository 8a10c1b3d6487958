-module(bignum_binary_conv).
-export([start/0]).

%% Bignums through bit syntax and binary BIFs: wide integer segments (128..1024 bits), signed
%% and little-endian, encode_unsigned/decode_unsigned, and truncation of oversize values.

start() ->
    Vals = [0, 1, -1, (1 bsl 64) + 1, -(1 bsl 64) - 1, (1 bsl 127) - 1, -(1 bsl 127), (1 bsl 200) + 12345,
            fact(40), -fact(35)],
    Wide = [{<<V:128>>, <<V:128/little>>, <<V:136/signed>>} || V <- Vals],
    Back = [begin <<U:256>> = <<V:256>>, <<S:256/signed>> = <<V:256>>, <<L:256/little-signed>> = <<V:256/little>>, {U, S, L} end
            || V <- Vals],
    Odd = [<<V:67>> || V <- Vals],
    Trunc = [<<(1 bsl 300 + 16#ABCD):16>>, <<(-(1 bsl 300) - 1):24>>, <<(fact(30)):40/little>>],
    Unsigned = [binary:encode_unsigned(V) || V <- [1 bsl 64, fact(25), (1 bsl 1024) - 1]],
    Decoded = [binary:decode_unsigned(binary:encode_unsigned(fact(N))) =:= fact(N) || N <- [20, 30, 100]],
    Little = [binary:decode_unsigned(binary:encode_unsigned(fact(30), little), little) =:= fact(30)],
    Matched = [m(<<1:1, (1 bsl 100):101, 7:3>>), m(<<0:1, 5:101, 0:3>>)],
    {Wide, Back, Odd, Trunc, Unsigned, Decoded, Little, Matched}.

m(<<Flag:1, Big:101, Tail:3>>) -> {Flag, Big, Tail}.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).
