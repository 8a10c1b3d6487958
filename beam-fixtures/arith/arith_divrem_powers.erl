-module(arith_divrem_powers).
-export([start/0]).

%% Division by powers of two compared with shifts and masks, for negative dividends where
%% they differ (div truncates toward zero, bsr floors), at small and big sizes.

start() ->
    Ns = [7, -7, 8, -8, 1023, -1025, (1 bsl 59) + 3, -(1 bsl 59) - 3, (1 bsl 70) + 1, -(1 bsl 70) - 1],
    Ps = [1, 2, 3, 8, 32, 59, 60, 64],
    [[{N div (1 bsl P), N bsr P, N rem (1 bsl P), N band ((1 bsl P) - 1), (N div (1 bsl P)) =:= (N bsr P)} || P <- Ps] || N <- Ns].
