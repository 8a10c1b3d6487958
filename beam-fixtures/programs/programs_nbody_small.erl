-module(programs_nbody_small).
-export([start/0]).

%% The n-body benchmark (5 bodies, 1000 steps) with the reference constants: energy before
%% and after, printed at 9 decimals as the benchmark does and in full (sqrt only, which is
%% correctly rounded, so the full values are exact).

-define(PI, 3.141592653589793).
-define(SOLAR_MASS, (4 * ?PI * ?PI)).
-define(DAYS, 365.24).

start() ->
    Bodies = offset(bodies()),
    E0 = energy(Bodies),
    Final = advance(1000, Bodies),
    E1 = energy(Final),
    {float_to_list(E0, [{decimals, 9}]), float_to_list(E1, [{decimals, 9}]), E0, E1}.

bodies() ->
    [{0.0, 0.0, 0.0, 0.0, 0.0, 0.0, ?SOLAR_MASS},
     {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
      1.66007664274403694e-03 * ?DAYS, 7.69901118419740425e-03 * ?DAYS, -6.90460016972063023e-05 * ?DAYS,
      9.54791938424326609e-04 * ?SOLAR_MASS},
     {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
      -2.76742510726862411e-03 * ?DAYS, 4.99852801234917238e-03 * ?DAYS, 2.30417297573763929e-05 * ?DAYS,
      2.85885980666130812e-04 * ?SOLAR_MASS},
     {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
      2.96460137564761618e-03 * ?DAYS, 2.37847173959480950e-03 * ?DAYS, -2.96589568540237556e-05 * ?DAYS,
      4.36624404335156298e-05 * ?SOLAR_MASS},
     {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
      2.68067772490389322e-03 * ?DAYS, 1.62824170038242295e-03 * ?DAYS, -9.51592254519715870e-05 * ?DAYS,
      5.15138902046611451e-05 * ?SOLAR_MASS}].

offset([{X, Y, Z, _, _, _, M} | Rest] = Bs) ->
    {Px, Py, Pz} = lists:foldl(fun({_, _, _, Vx, Vy, Vz, Mi}, {A, B, C}) -> {A + Vx * Mi, B + Vy * Mi, C + Vz * Mi} end, {0.0, 0.0, 0.0}, Bs),
    [{X, Y, Z, -Px / ?SOLAR_MASS, -Py / ?SOLAR_MASS, -Pz / ?SOLAR_MASS, M} | Rest].

energy(Bs) -> energy(Bs, 0.0).
energy([], E) -> E;
energy([{X, Y, Z, Vx, Vy, Vz, M} | Rest], E) ->
    E1 = E + 0.5 * M * (Vx * Vx + Vy * Vy + Vz * Vz),
    energy(Rest, lists:foldl(fun({X2, Y2, Z2, _, _, _, M2}, Acc) ->
                                     Dx = X - X2, Dy = Y - Y2, Dz = Z - Z2,
                                     Acc - M * M2 / math:sqrt(Dx * Dx + Dy * Dy + Dz * Dz)
                             end, E1, Rest)).

advance(0, Bs) -> Bs;
advance(N, Bs) -> advance(N - 1, move(velocities(Bs, []))).

velocities([], Done) -> lists:reverse(Done);
velocities([B | Rest], Done) ->
    {B1, Rest1} = lists:foldl(fun(B2, {Bi, Acc}) -> {Bi2, B22} = pair(Bi, B2), {Bi2, [B22 | Acc]} end, {B, []}, Rest),
    velocities(lists:reverse(Rest1), [B1 | Done]).

pair({X, Y, Z, Vx, Vy, Vz, M}, {X2, Y2, Z2, Vx2, Vy2, Vz2, M2}) ->
    Dx = X - X2, Dy = Y - Y2, Dz = Z - Z2,
    D2 = Dx * Dx + Dy * Dy + Dz * Dz,
    Mag = 0.01 / (D2 * math:sqrt(D2)),
    {{X, Y, Z, Vx - Dx * M2 * Mag, Vy - Dy * M2 * Mag, Vz - Dz * M2 * Mag, M},
     {X2, Y2, Z2, Vx2 + Dx * M * Mag, Vy2 + Dy * M * Mag, Vz2 + Dz * M * Mag, M2}}.

move(Bs) -> [{X + 0.01 * Vx, Y + 0.01 * Vy, Z + 0.01 * Vz, Vx, Vy, Vz, M} || {X, Y, Z, Vx, Vy, Vz, M} <- Bs].
