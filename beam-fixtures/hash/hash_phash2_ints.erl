-module(hash_phash2_ints).
-export([start/0]).

%% erlang:phash2/1 over integers of every size class and both signs, and over floats near
%% integers: OTP hashes integers through their external representation rules, so the
%% 32-bit and bignum boundaries show up in the values.

start() ->
    Ints = lists:seq(-20, 20) ++ [(1 bsl N) + D || N <- [7, 8, 15, 16, 27, 31, 32, 59, 60, 63, 64, 100, 200], D <- [-1, 0, 1]]
           ++ [-(1 bsl N) + D || N <- [31, 32, 59, 64, 100], D <- [-1, 0, 1]],
    Hashes = [erlang:phash2(I) || I <- Ints],
    Ranged = [erlang:phash2(I, 1000) || I <- lists:seq(1, 200)],
    Floats = [erlang:phash2(F) || F <- [0.0, -0.0, 1.0, -1.0, 0.5, 1.0e10, 1.0e-10, 123.456, 9007199254740993.0, 1.0e300]],
    {Hashes, Ranged, Floats}.
