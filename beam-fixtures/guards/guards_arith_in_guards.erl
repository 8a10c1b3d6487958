-module(guards_arith_in_guards).
-export([start/0]).

%% Arithmetic inside guards: errors (badarith, overflow) make the guard fail rather than
%% raise; bignum and float arithmetic; comparisons of computed values; bit operations.

start() ->
    Inputs = [0, 1, -1, 7, 10, 1 bsl 60, 1 bsl 64, 2.5, -0.5, a, "x", [], 1.0e308],
    Results = [[F(X) || F <- [fun g_div/1, fun g_rem/1, fun g_big/1, fun g_float/1, fun g_bits/1, fun g_overflow/1]]
               || X <- Inputs],
    {Results}.

g_div(X) when 100 div X > 5 -> big_quotient;
g_div(X) when 100 div X =< 5 -> small_quotient;
g_div(_) -> failed.

g_rem(X) when X rem 2 =:= 0 -> even;
g_rem(X) when X rem 2 =/= 0 -> odd;
g_rem(_) -> failed.

g_big(X) when X * X > 1 bsl 100 -> huge_square;
g_big(X) when X * X >= 1 -> square_ge_1;
g_big(_) -> failed.

g_float(X) when X / 2 > 1.0 -> half_gt_1;
g_float(X) when -X > 0 -> negative;
g_float(_) -> failed.

g_bits(X) when X band 1 =:= 1, X bsr 1 > 2 -> odd_gt_5;
g_bits(X) when (X bsl 4) bor 3 > 100 -> shifted_big;
g_bits(_) -> failed.

g_overflow(X) when X * 10.0 > 0 -> positive_times_ten;
g_overflow(_) -> failed.
