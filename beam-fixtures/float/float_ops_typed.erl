-module(float_ops_typed).
-export([start/0]).

%% Numeric kernels on floats where the compiler keeps values in float registers
%% (fconv/fmove/fadd/fsub/fmul/fdiv/fnegate): an nbody step, a polynomial, a dot product,
%% Newton iterations, and a float overflow caught inside such a sequence.

start() ->
    Bodies = [{0.0, 0.0, 0.0, 0.01, 0.02, 0.0, 39.47841760435743},
              {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
               1.66007664274403694e-03 * 365.24, 7.69901118419740425e-03 * 365.24, -6.90460016972063023e-05 * 365.24,
               9.54791938424326609e-04 * 39.47841760435743}],
    Stepped = lists:foldl(fun(_, Bs) -> step(Bs, 0.01) end, Bodies, lists:seq(1, 100)),
    Energy = energy(Stepped),
    Dot = dot([1.5, -2.0, 3.25, 1.0e-3], [4.0, 0.5, -1.0, 1000.0], 0.0),
    Newton = [newton_sqrt(X, X, 30) || X <- [2.0, 10.0, 1.0e10, 0.5]],
    Overflow = try overflow(1.0e300) catch error:badarith -> badarith end,
    Int2Float = [mixed(I, 0.5) || I <- [1, -3, 1 bsl 40]],
    {Stepped, Energy, Dot, Newton, Overflow, Int2Float}.

step([{X1, Y1, Z1, Vx1, Vy1, Vz1, M1}, {X2, Y2, Z2, Vx2, Vy2, Vz2, M2}], Dt) ->
    Dx = X1 - X2, Dy = Y1 - Y2, Dz = Z1 - Z2,
    D2 = Dx * Dx + Dy * Dy + Dz * Dz,
    Mag = Dt / (D2 * math:sqrt(D2)),
    Vx1n = Vx1 - Dx * M2 * Mag, Vy1n = Vy1 - Dy * M2 * Mag, Vz1n = Vz1 - Dz * M2 * Mag,
    Vx2n = Vx2 + Dx * M1 * Mag, Vy2n = Vy2 + Dy * M1 * Mag, Vz2n = Vz2 + Dz * M1 * Mag,
    [{X1 + Dt * Vx1n, Y1 + Dt * Vy1n, Z1 + Dt * Vz1n, Vx1n, Vy1n, Vz1n, M1},
     {X2 + Dt * Vx2n, Y2 + Dt * Vy2n, Z2 + Dt * Vz2n, Vx2n, Vy2n, Vz2n, M2}].

energy(Bs) -> lists:foldl(fun({_, _, _, Vx, Vy, Vz, M}, E) -> E + 0.5 * M * (Vx * Vx + Vy * Vy + Vz * Vz) end, 0.0, Bs).

dot([], [], Acc) -> Acc;
dot([A | As], [B | Bs], Acc) when is_float(A), is_float(B), is_float(Acc) -> dot(As, Bs, Acc + A * B).

newton_sqrt(_, G, 0) -> G;
newton_sqrt(X, G, N) when is_float(X), is_float(G) -> newton_sqrt(X, (G + X / G) / 2.0, N - 1).

overflow(X) when is_float(X) -> Y = X * X, -Y.

mixed(I, F) when is_integer(I), is_float(F) -> {I * F, F - I, -(I / F)}.
