-module(arith_integer_funcs).
-export([start/0]).

%% Integer helpers in the erlang module and integer-valued float functions:
%% abs/1, min/max, ceil/floor/round/trunc on integers, sign handling, and integer powers
%% computed by repeated squaring compared against math:pow where exact.

start() ->
    Ints = id([0, 1, -1, 7, -7, 576460752303423487, -576460752303423488, -576460752303423489, 1 bsl 64, -(1 bsl 100)]),
    Basic = [{abs(I), -I, ceil(I), floor(I), round(I), trunc(I), min(I, 0), max(I, 0), sign(I)} || I <- Ints],
    Powers = [{B, E, ipow(B, E)} || B <- [2, 3, -2, 10], E <- [0, 1, 10, 31, 32, 63, 64]],
    Exact = [ipow(2, E) == math:pow(2, E) || E <- lists:seq(0, 60, 5)],
    Digits = [{I, ndigits(abs(I))} || I <- Ints],
    Log2 = [{I, ilog2(I)} || I <- [1, 2, 3, 1023, 1024, 1 bsl 59, (1 bsl 59) + 1, 1 bsl 64, (1 bsl 200) - 1]],
    {Basic, Powers, Exact, Digits, Log2}.

sign(0) -> 0;
sign(I) when I > 0 -> 1;
sign(_) -> -1.

ipow(_, 0) -> 1;
ipow(B, E) when E band 1 =:= 0 -> H = ipow(B, E bsr 1), H * H;
ipow(B, E) -> B * ipow(B, E - 1).

ndigits(N) when N < 10 -> 1;
ndigits(N) -> 1 + ndigits(N div 10).

ilog2(1) -> 0;
ilog2(N) -> 1 + ilog2(N bsr 1).

id(X) -> X.
