-module(programs_mandelbrot).
-export([start/0]).

%% mandelbrot (32x32 and 64x16 bitmaps) packed into bytes with bit syntax, the way the
%% benchmark writes its PBM output; float iteration with an escape test.

start() -> [{W, H, erlang:md5(render(W, H)), render(8, 8)} || {W, H} <- [{32, 32}, {64, 16}]].

render(W, H) ->
    << <<(point(X, Y, W, H)):1>> || Y <- lists:seq(0, H - 1), X <- lists:seq(0, W - 1) >>.

point(X, Y, W, H) ->
    Cr = 2.0 * X / W - 1.5,
    Ci = 2.0 * Y / H - 1.0,
    iter(0.0, 0.0, Cr, Ci, 50).

iter(_, _, _, _, 0) -> 1;
iter(Zr, Zi, Cr, Ci, N) ->
    Tr = Zr * Zr - Zi * Zi + Cr,
    Ti = 2.0 * Zr * Zi + Ci,
    if Tr * Tr + Ti * Ti > 4.0 -> 0;
       true -> iter(Tr, Ti, Cr, Ci, N - 1)
    end.
