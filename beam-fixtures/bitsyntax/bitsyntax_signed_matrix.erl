-module(bitsyntax_signed_matrix).
-export([start/0]).

%% Every size from 1 to 66 bits: -1, the minimum and maximum signed values and one past
%% each, encoded big and little endian, decoded signed and unsigned.

start() ->
    [begin
         Min = -(1 bsl (S - 1)), Max = (1 bsl (S - 1)) - 1,
         [{V, dec(<<V:S>>, S), dec_l(<<V:S/little>>, S)} || V <- [-1, Min, Max, Min - 1, Max + 1]]
     end || S <- lists:seq(1, 66)].

dec(B, S) -> <<U:S>> = B, <<Sg:S/signed>> = B, {U, Sg}.
dec_l(B, S) -> <<U:S/little>> = B, <<Sg:S/little-signed>> = B, {U, Sg}.
