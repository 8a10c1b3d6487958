-module(bitsyntax_big_segments).
-export([start/0]).

%% Segments much wider than a machine word: integer segments of 65..4096 bits in both
%% byte orders and signedness, binary segments of thousands of bytes, and mixing such
%% segments with unaligned small ones.

start() ->
    Sizes = [65, 100, 127, 128, 129, 255, 256, 1000, 4096],
    Vals = [1, -1, 16#DEADBEEF, (1 bsl 120) + 7, -(1 bsl 90)],
    Enc = [{S, erlang:phash2(<<V:S>>), erlang:phash2(<<V:S/little>>), binary:part(<<V:S, 0:7>>, 0, 8)} || S <- Sizes, V <- Vals],
    Dec = [begin B = <<V:S/signed>>, <<X:S/signed>> = B, <<Y:S/little-signed>> = <<V:S/little-signed>>, {X =:= V, Y =:= V} end
           || S <- Sizes, V <- Vals],
    Unaligned = [begin B = <<1:3, V:S, 5:3>>, <<A:3, X:S, C:3>> = B, {A, X, C, bit_size(B)} end
                 || S <- [65, 129, 1000], V <- [(1 bsl 64) + 1, 12345]],
    Blob = binary:copy(<<"0123456789">>, 500),
    <<Head:1234/binary, _:1/binary, Tail/binary>> = Blob,
    Wide = [byte_size(Head), byte_size(Tail), binary:part(Tail, 0, 5)],
    Shown = [<<(1 bsl 100):101>>, <<(-1):70/little>>],
    {Enc, Dec, Unaligned, Wide, Shown}.
