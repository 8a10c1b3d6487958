-module(bignum_compare_matrix).
-export([start/0]).

%% Comparisons among bignums of different signs and lengths, small integers and floats:
%% one character per pair ($<, $>, $=, $~ for == but not =:=).

start() ->
    Vs = [-(1 bsl 200), -(1 bsl 64) - 1, -(1 bsl 64), -(1 bsl 63), -(1 bsl 59) - 1, -(1 bsl 59), -1, 0, 1,
          (1 bsl 59) - 1, 1 bsl 59, 1 bsl 63, (1 bsl 64) - 1, 1 bsl 64, (1 bsl 64) + 1, 1 bsl 200,
          1.8446744073709552e19, -9.223372036854776e18, 1.0e60, -1.0e60, 5.764607523034235e17],
    [[rel(A, B) || B <- Vs] || A <- Vs].

rel(A, B) when A < B -> $<;
rel(A, B) when A > B -> $>;
rel(A, B) when A =:= B -> $=;
rel(_, _) -> $~.
