-module(float_decimals_rounding).
-export([start/0]).

%% {decimals, N} formatting rounds the exact binary value of the double, so "ties" that are
%% not exactly representable round the way their binary value says (2.675 -> 2.67), and
%% exact ties (0.125, 2.5) follow OTP's rule. Also compact trimming and negative zero.

start() ->
    Ties = id([0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 2.675, 1.005, 1.015, 1.025, 0.045, 8.345, 1.0e-10,
               0.9999999, 9.9999999, 99.995, 0.05, -0.05, -0.0, 1.23456789e-5]),
    Table = [[float_to_list(F, [{decimals, N}]) || N <- [0, 1, 2, 3, 6]] || F <- Ties],
    Compact = [[float_to_list(F, [{decimals, N}, compact]) || N <- [1, 4, 8]] || F <- Ties],
    Sci = [[float_to_list(F, [{scientific, N}]) || N <- [0, 2, 4]] || F <- Ties],
    {Table, Compact, Sci}.

id(X) -> X.
