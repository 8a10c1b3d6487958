-module(programs_sudoku).
-export([start/0]).

%% A backtracking sudoku solver over a map of cells: constraint checks on rows, columns
%% and boxes, recursion with early exit through throw.

start() ->
    Puzzle = "530070000600195000098000060800060003400803001700020006060000280000419005000080079",
    Grid = maps:from_list([{{R, C}, Ch - $0} || {I, Ch} <- lists:zip(lists:seq(0, 80), Puzzle), R <- [I div 9], C <- [I rem 9]]),
    Solved = try solve(Grid) catch throw:{solved, G} -> G end,
    Rows = [[maps:get({R, C}, Solved) || C <- lists:seq(0, 8)] || R <- lists:seq(0, 8)],
    Valid = lists:all(fun(Row) -> lists:sort(Row) =:= lists:seq(1, 9) end, Rows),
    {Rows, Valid}.

solve(G) ->
    case [K || {K, 0} <- lists:sort(maps:to_list(G))] of
        [] -> throw({solved, G});
        [{R, C} | _] -> [solve(G#{{R, C} := V}) || V <- lists:seq(1, 9), ok(G, R, C, V)], none
    end.

ok(G, R, C, V) ->
    BR = 3 * (R div 3), BC = 3 * (C div 3),
    not lists:any(fun(I) -> maps:get({R, I}, G) =:= V orelse maps:get({I, C}, G) =:= V end, lists:seq(0, 8))
        andalso not lists:any(fun({DR, DC}) -> maps:get({BR + DR, BC + DC}, G) =:= V end,
                              [{DR, DC} || DR <- [0, 1, 2], DC <- [0, 1, 2]]).
