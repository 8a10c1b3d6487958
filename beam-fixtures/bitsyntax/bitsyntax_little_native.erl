-module(bitsyntax_little_native).
-export([start/0]).

%% Little-endian and native-endian integer segments of sizes that are not multiples of 8:
%% OTP places the partial byte first for little-endian. Native is little on x86_64.

start() ->
    Sizes = [4, 9, 12, 15, 17, 20, 33, 50, 65],
    [{S, <<16#123456789ABCDEF0123:S/little>>, <<16#123456789ABCDEF0123:S/native>> =:= <<16#123456789ABCDEF0123:S/little>>,
      begin <<X:S/little>> = <<16#123456789ABCDEF0123:S/little>>, X end} || S <- Sizes].
