%% Benchmark: n-body simulation of the Jovian planets (float arithmetic in tuples).
%% The energy is returned rounded to 9 decimals as a string (no platform float printing).
-module(bench_nbody).
-export([quick/0, run/0, run/1]).

-define(PI, 3.141592653589793).
-define(SOLAR_MASS, (4 * ?PI * ?PI)).
-define(DAYS_PER_YEAR, 365.24).

run() -> run(600000).

%% A tiny size, for `beamos bench --check`.
quick() -> run(1000).

run(N) ->
    Bodies = offset_momentum(bodies()),
    E0 = energy(Bodies),
    E1 = energy(advance(N, Bodies)),
    {float_to_binary(E0, [{decimals, 9}]), float_to_binary(E1, [{decimals, 9}])}.

bodies() ->
    [{0.0, 0.0, 0.0, 0.0, 0.0, 0.0, ?SOLAR_MASS},
     {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
      1.66007664274403694e-03 * ?DAYS_PER_YEAR, 7.69901118419740425e-03 * ?DAYS_PER_YEAR,
      -6.90460016972063023e-05 * ?DAYS_PER_YEAR, 9.54791938424326609e-04 * ?SOLAR_MASS},
     {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
      -2.76742510726862411e-03 * ?DAYS_PER_YEAR, 4.99852801234917238e-03 * ?DAYS_PER_YEAR,
      2.30417297573763929e-05 * ?DAYS_PER_YEAR, 2.85885980666130812e-04 * ?SOLAR_MASS},
     {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
      2.96460137564761618e-03 * ?DAYS_PER_YEAR, 2.37847173959480950e-03 * ?DAYS_PER_YEAR,
      -2.96589568540237556e-05 * ?DAYS_PER_YEAR, 4.36624404335156298e-05 * ?SOLAR_MASS},
     {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
      2.68067772490389322e-03 * ?DAYS_PER_YEAR, 1.62824170038242295e-03 * ?DAYS_PER_YEAR,
      -9.51592254519715870e-05 * ?DAYS_PER_YEAR, 5.15138902046611451e-05 * ?SOLAR_MASS}].

offset_momentum(Bodies = [{X, Y, Z, _, _, _, M} | Rest]) ->
    {PX, PY, PZ} = lists:foldl(fun({_, _, _, VX, VY, VZ, MB}, {AX, AY, AZ}) ->
                                       {AX + VX * MB, AY + VY * MB, AZ + VZ * MB}
                               end, {0.0, 0.0, 0.0}, Bodies),
    [{X, Y, Z, -PX / ?SOLAR_MASS, -PY / ?SOLAR_MASS, -PZ / ?SOLAR_MASS, M} | Rest].

energy(Bodies) -> energy(Bodies, 0.0).
energy([], E) -> E;
energy([{X, Y, Z, VX, VY, VZ, M} | Rest], E) ->
    E1 = E + 0.5 * M * (VX * VX + VY * VY + VZ * VZ),
    E2 = lists:foldl(fun({X2, Y2, Z2, _, _, _, M2}, Acc) ->
                             DX = X - X2, DY = Y - Y2, DZ = Z - Z2,
                             Acc - (M * M2) / math:sqrt(DX * DX + DY * DY + DZ * DZ)
                     end, E1, Rest),
    energy(Rest, E2).

advance(0, Bodies) -> Bodies;
advance(N, Bodies) -> advance(N - 1, move(velocities(Bodies, []))).

velocities([], Done) -> lists:reverse(Done);
velocities([B | Rest], Done) ->
    {B2, Rest2} = pairs(B, Rest, []),
    velocities(Rest2, [B2 | Done]).

pairs(B, [], Acc) -> {B, lists:reverse(Acc)};
pairs({X, Y, Z, VX, VY, VZ, M}, [{X2, Y2, Z2, VX2, VY2, VZ2, M2} | Rest], Acc) ->
    DX = X - X2, DY = Y - Y2, DZ = Z - Z2,
    D2 = DX * DX + DY * DY + DZ * DZ,
    Mag = 0.01 / (D2 * math:sqrt(D2)),
    %% Each velocity is bound in turn before the tuples are built: with all six inline,
    %% OTP 25's compiler picks float registers in a different order from run to run.
    M2Mag = M2 * Mag,
    MMag = M * Mag,
    NVX = VX - DX * M2Mag,
    NVY = VY - DY * M2Mag,
    NVZ = VZ - DZ * M2Mag,
    NVX2 = VX2 + DX * MMag,
    NVY2 = VY2 + DY * MMag,
    NVZ2 = VZ2 + DZ * MMag,
    pairs({X, Y, Z, NVX, NVY, NVZ, M}, Rest, [{X2, Y2, Z2, NVX2, NVY2, NVZ2, M2} | Acc]).

move(Bodies) ->
    [{X + 0.01 * VX, Y + 0.01 * VY, Z + 0.01 * VZ, VX, VY, VZ, M} || {X, Y, Z, VX, VY, VZ, M} <- Bodies].
