-module(arith_typed_paths).
-export([start/0]).

%% Arithmetic where the compiler knows the operand types and ranges (from guards, from
%% band masks, from loop counters), so it may choose specialised instructions; the results
%% must be the same as for unknown operands, including at the edges of the known ranges.

start() ->
    Bytes = [byte_ops(B) || B <- [0, 1, 127, 128, 255]],
    Masked = [masked(X) || X <- [0, -1, 1 bsl 70, 16#FFFF, -(1 bsl 59)]],
    Counted = count_up(0, 0),
    Ranged = [ranged(X) || X <- [-10, 0, 10, 1000]],
    Floats = [float_ops(F) || F <- [0.0, 1.5, -2.25, 1.0e100]],
    Tuples = sum_tuple({1, 2, 3, 1 bsl 60, -(1 bsl 60), 7}, 1, 0),
    {Bytes, Masked, Counted, Ranged, Floats, Tuples}.

byte_ops(B) when is_integer(B), B >= 0, B =< 255 ->
    {B + 1, B - 256, B * B, B bsl 52, B bsl 53, B bsl 60, (B bsl 56) + (B bsl 4), B div 3, -B, bnot B}.

masked(X) ->
    M = X band 16#FFFFFFFF,
    {M, M * M, M * M * M, M + 16#FFFFFFFFFFFFFFFF, M bsl 32, (M bsl 31) bsr 3}.

count_up(N, Acc) when N < 1000 -> count_up(N + 1, Acc + N * N * N);
count_up(_, Acc) -> Acc.

ranged(X) when is_integer(X), X > -100, X < 100 -> {small_range, X * 576460752303423, X * 5764607523034234};
ranged(X) when is_integer(X) -> {wide, X * 576460752303423487}.

float_ops(F) when is_float(F) ->
    A = F * 2.0,
    B = A + 0.5,
    C = B / 4.0,
    D = -C,
    {A, B, C, D, D * D, F - F}.

sum_tuple(T, I, Acc) when I > tuple_size(T) -> Acc;
sum_tuple(T, I, Acc) -> sum_tuple(T, I + 1, Acc + element(I, T)).
