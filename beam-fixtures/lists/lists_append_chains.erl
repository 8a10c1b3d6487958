-module(lists_append_chains).
-export([start/0]).

%% Left- and right-nested chains of ++ and --, ++ with non-list right sides (producing
%% improper lists), and the evaluation order of -- chains (right-associative).

start() ->
    R = [[1] ++ [2] ++ [3], ([1] ++ [2]) ++ [3], [1, 2, 3, 4] -- [2] -- [2], ([1, 2, 3, 4] -- [2]) -- [2],
         [a] ++ b, [a] ++ [b | c], [] ++ [] ++ [], "ab" ++ [] ++ "cd", [1, 1, 1] -- [1] -- [1]],
    Built = lists:foldr(fun(X, Acc) -> [X] ++ Acc end, [], lists:seq(1, 10)),
    {R, Built}.
