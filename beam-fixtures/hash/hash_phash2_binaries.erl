-module(hash_phash2_binaries).
-export([start/0]).

%% erlang:phash2 of binaries and bitstrings of every length from 0 to 40 bytes (the hash
%% consumes input in blocks, so lengths around block multiples matter), of unaligned
%% bitstrings, and of sub-binaries taken at odd offsets.

start() ->
    Base = list_to_binary(lists:seq(1, 200)),
    Lengths = [erlang:phash2(binary:part(Base, 0, N)) || N <- lists:seq(0, 40)],
    Offsets = [erlang:phash2(binary:part(Base, Off, 13)) || Off <- lists:seq(0, 12)],
    Bits = [erlang:phash2(<<Base:N/bits>>) || N <- lists:seq(1, 33)],
    Unaligned = [erlang:phash2(B) || <<_:3, B:61/bits>> <= <<Base:80/binary>>],
    Big = [erlang:phash2(binary:copy(<<N>>, 1000 * N)) || N <- [1, 2, 3]],
    Text = [erlang:phash2(T) || T <- [<<"">>, <<"a">>, <<"ab">>, <<"abc">>, <<"hello world">>, <<"é"/utf8>>]],
    {Lengths, Offsets, Bits, Unaligned, Big, Text}.
