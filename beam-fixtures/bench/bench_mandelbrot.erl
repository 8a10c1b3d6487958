%% Benchmark: the Mandelbrot set on a grid (float loops), packed into a binary as in the
%% benchmarks game; returns the number of points in the set and an md5 of the bitmap.
-module(bench_mandelbrot).
-export([quick/0, run/0, run/1]).

run() -> run(864).

%% A tiny size, for `beamos bench --check`.
quick() -> run(64).

run(Size) ->
    Rows = [row(Y, Size) || Y <- lists:seq(0, Size - 1)],
    Bitmap = list_to_binary(Rows),
    {count_bits(Bitmap), binary:encode_hex(erlang:md5(Bitmap))}.

row(Y, Size) ->
    CI = 2.0 * Y / Size - 1.0,
    << <<(in_set(2.0 * X / Size - 1.5, CI)):1>> || X <- lists:seq(0, Size - 1) >>.

in_set(CR, CI) -> iter(0.0, 0.0, CR, CI, 50).

iter(_, _, _, _, 0) -> 1;
iter(ZR, ZI, CR, CI, N) ->
    ZR2 = ZR * ZR, ZI2 = ZI * ZI,
    if ZR2 + ZI2 > 4.0 -> 0;
       true -> iter(ZR2 - ZI2 + CR, 2.0 * ZR * ZI + CI, CR, CI, N - 1)
    end.

count_bits(B) -> lists:sum([X || <<X:1>> <= B]).
