-module(programs_spectralnorm).
-export([start/0]).

%% spectral-norm for n = 10 and 60: float-heavy nested loops over lists; the result is
%% printed at 9 decimals as in the benchmark and in full.

start() -> [{N, spectral(N)} || N <- [10, 60]].

spectral(N) ->
    U = lists:duplicate(N, 1.0),
    {U2, V2} = iterate(10, U, N),
    VBv = dot(U2, V2),
    VV = dot(V2, V2),
    R = math:sqrt(VBv / VV),
    {R, float_to_list(R, [{decimals, 9}])}.

iterate(0, U, _) -> {U, mul_AtAv(U, length(U))};
iterate(K, U, N) ->
    V = mul_AtAv(U, N),
    U2 = mul_AtAv(V, N),
    if K =:= 1 -> {U2, V}; true -> iterate(K - 1, U2, N) end.

a(I, J) -> 1.0 / ((I + J) * (I + J + 1) / 2 + I + 1).

mul_Av(V, N) -> [lists:sum([a(I, J) * Vj || {J, Vj} <- lists:zip(lists:seq(0, N - 1), V)]) || I <- lists:seq(0, N - 1)].
mul_Atv(V, N) -> [lists:sum([a(J, I) * Vj || {J, Vj} <- lists:zip(lists:seq(0, N - 1), V)]) || I <- lists:seq(0, N - 1)].
mul_AtAv(V, N) -> mul_Atv(mul_Av(V, N), N).

dot(A, B) -> lists:sum([X * Y || {X, Y} <- lists:zip(A, B)]).
