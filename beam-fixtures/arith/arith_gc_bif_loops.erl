-module(arith_gc_bif_loops).
-export([start/0]).

%% Guard-BIF arithmetic that allocates (abs, float, trunc of bignums, bignum add) inside
%% tight loops, so results live across many allocations; checksums of the results.

start() ->
    Abs = lists:foldl(fun(N, A) -> A + abs(N * (1 bsl 62) - (1 bsl 70)) end, 0, lists:seq(-500, 500)),
    Flt = lists:foldl(fun(N, A) -> A + float(N * N) end, 0.0, lists:seq(1, 2000)),
    Trn = lists:foldl(fun(N, A) -> A + trunc(N * 1.0e15) end, 0, lists:seq(1, 300)),
    Rnd = [round(N / 7) || N <- lists:seq(-20, 20)],
    Len = lists:foldl(fun(N, A) -> A + length(lists:seq(1, N rem 50)) + byte_size(<<N:N>>) end, 0, lists:seq(1, 400)),
    Big = lists:foldl(fun(N, A) -> (A * 31 + N) rem ((1 bsl 127) - 1) end, 1, lists:seq(1, 5000)),
    {Abs, Flt, Trn, Rnd, Len, Big}.
