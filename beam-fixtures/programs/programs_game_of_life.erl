-module(programs_game_of_life).
-export([start/0]).

%% Conway's game of life on a set of live cells (a map used as a set): a glider and a
%% blinker evolved for several generations; populations and bounding boxes.

start() ->
    Glider = cells([{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}]),
    Blinker = cells([{5, 5}, {5, 6}, {5, 7}]),
    Gens = iterate(maps:merge(Glider, Blinker), 12, []),
    [{map_size(G), bbox(G)} || G <- Gens] ++ [lists:sort(maps:keys(lists:last(Gens)))].

cells(L) -> maps:from_list([{C, true} || C <- L]).

iterate(G, 0, Acc) -> lists:reverse([G | Acc]);
iterate(G, N, Acc) -> iterate(step(G), N - 1, [G | Acc]).

step(G) ->
    Counts = lists:foldl(fun({X, Y}, M) ->
                                 lists:foldl(fun(D, M2) -> maps:update_with(D, fun(C) -> C + 1 end, 1, M2) end, M,
                                             [{X + DX, Y + DY} || DX <- [-1, 0, 1], DY <- [-1, 0, 1], {DX, DY} =/= {0, 0}])
                         end, #{}, maps:keys(G)),
    maps:from_list([{C, true} || {C, N} <- maps:to_list(Counts), N =:= 3 orelse (N =:= 2 andalso maps:is_key(C, G))]).

bbox(G) ->
    Xs = [X || {X, _} <- maps:keys(G)], Ys = [Y || {_, Y} <- maps:keys(G)],
    {lists:min(Xs), lists:min(Ys), lists:max(Xs), lists:max(Ys)}.
