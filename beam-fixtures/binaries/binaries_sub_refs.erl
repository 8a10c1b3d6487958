-module(binaries_sub_refs).
-export([start/0]).

%% Sub-binaries of large (reference-counted) and small binaries, sub-binaries of
%% sub-binaries, unaligned sub-bitstrings, and appending to a binary that others still
%% reference (the appended result must not disturb the shared original).

start() ->
    Big = list_to_binary([I rem 256 || I <- lists:seq(0, 4999)]),
    <<_:1000/binary, Mid:100/binary, _/binary>> = Big,
    <<_:3, Unaligned:50/bits, _/bits>> = Mid,
    <<_:5, Deeper:20/bits, _/bits>> = Unaligned,
    Shared = binary_part(Big, 10, 20),
    A1 = <<Shared/binary, "one">>,
    A2 = <<Shared/binary, "two">>,
    A3 = <<A1/binary, "three">>,
    Loop = lists:foldl(fun(I, Acc) -> <<Acc/binary, I>> end, Shared, lists:seq(1, 5)),
    {byte_size(Mid), Mid, Unaligned, Deeper, Shared, A1, A2, A3, Loop, Shared,
     binary:referenced_byte_size(Mid) >= 5000, byte_size(binary:copy(Mid)),
     binary:referenced_byte_size(binary:copy(Mid)), split_binary(Mid, 50)}.
