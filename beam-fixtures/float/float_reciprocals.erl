-module(float_reciprocals).
-export([start/0]).

%% 1/N and N/7 for N = 1..150 printed by ~w (shortest round trip) and with
%% float_to_list(F, [short]); repeating decimals stress digit generation.

start() ->
    {[1 / N || N <- lists:seq(1, 150)], [N / 7 || N <- lists:seq(1, 50)],
     [float_to_list(1 / N, [short]) || N <- [3, 7, 9, 11, 13, 97]]}.
