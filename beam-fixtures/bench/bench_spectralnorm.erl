%% Benchmark: spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1), by power
%% iteration on lists of floats. The result is rounded to 9 decimals.
-module(bench_spectralnorm).
-export([quick/0, run/0, run/1]).

run() -> run(620).

%% A tiny size, for `beamos bench --check`.
quick() -> run(40).

run(N) ->
    U0 = lists:duplicate(N, 1.0),
    {U, V} = iterate(10, U0, N),
    VBV = dot(U, V),
    VV = dot(V, V),
    float_to_binary(math:sqrt(VBV / VV), [{decimals, 9}]).

iterate(0, U, _) -> {U, U};
iterate(1, U, N) -> V = atau(U, N), {atau(V, N), V};
iterate(K, U, N) -> V = atau(U, N), iterate(K - 1, atau(V, N), N).

a(I, J) -> 1.0 / ((I + J) * (I + J + 1) div 2 + I + 1).

av(U, N) -> [row(I, U, 0, 0.0, fun(X, Y) -> a(X, Y) end) || I <- lists:seq(0, N - 1)].
atv(U, N) -> [row(I, U, 0, 0.0, fun(X, Y) -> a(Y, X) end) || I <- lists:seq(0, N - 1)].

row(_, [], _, Acc, _) -> Acc;
row(I, [X | Rest], J, Acc, A) -> row(I, Rest, J + 1, Acc + A(I, J) * X, A).

atau(U, N) -> atv(av(U, N), N).

dot(A, B) -> lists:sum([X * Y || {X, Y} <- lists:zip(A, B)]).
