-module(binaries_heap_refc_boundary).
-export([start/0]).

%% Binaries of sizes around the 64-byte boundary between heap binaries and reference-
%% counted ones: building, slicing across the boundary, appending over it, matching, and
%% comparing results — all must be indistinguishable from the Erlang side.

start() ->
    Sizes = [0, 1, 63, 64, 65, 127, 128, 1000],
    Made = [binary:copy(<<"z">>, N) || N <- Sizes],
    Grown = [<<B/binary, "+">> || B <- Made],
    Sliced = [binary_part(B, byte_size(B) div 2, byte_size(B) - byte_size(B) div 2) || B <- Made],
    Matched = [case B of <<_:62/binary, Rest/binary>> -> byte_size(Rest); _ -> short end || B <- Made],
    Eq = [B =:= list_to_binary(binary_to_list(B)) || B <- Grown],
    {[byte_size(B) || B <- Grown], [byte_size(B) || B <- Sliced], Matched, Eq, erlang:phash2(Grown), lists:nth(4, Grown)}.
