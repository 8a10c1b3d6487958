-module(float_round_trunc_many).
-export([start/0]).

%% round/trunc/ceil/floor over a grid of halves and near-halves, positive and negative,
%% small and very large.

start() ->
    Grid = [N / 2 || N <- lists:seq(-21, 21)] ++ [N + 0.49999999999999994 || N <- [0, 1, 2, -1]] ++
           [1.0e15 + 0.5, 4503599627370497.0, -4503599627370497.0, 2.5e20],
    [{F, round(F), trunc(F), ceil(F), floor(F)} || F <- Grid].
