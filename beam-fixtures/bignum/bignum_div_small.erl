-module(bignum_div_small).
-export([start/0]).

%% A bignum divided by every small divisor 1..100 and by small divisors near powers of two
%% (single-limb division), positive and negative, with remainders.

start() ->
    N = fact(60) + 12345,
    Small = [{D, N div D, N rem D, (-N) div D, (-N) rem D} || D <- lists:seq(1, 30)],
    Digests = [erlang:phash2({N div D, N rem D}) || D <- lists:seq(31, 100)],
    Near = [{D, N rem D, (N * 3) div D rem 1000} || D <- [(1 bsl 31) - 1, 1 bsl 31, (1 bsl 32) - 1, (1 bsl 32) + 1, (1 bsl 59) - 1, (1 bsl 63) - 25]],
    {Small, Digests, Near}.

fact(0) -> 1;
fact(K) -> K * fact(K - 1).
