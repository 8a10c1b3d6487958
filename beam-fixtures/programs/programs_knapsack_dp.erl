-module(programs_knapsack_dp).
-export([start/0]).

%% Dynamic programming with tuples and maps: 0/1 knapsack, longest increasing subsequence,
%% coin change counts (bignum results), and edit-distance tables.

start() ->
    Items = [{12, 4}, {2, 2}, {1, 1}, {4, 10}, {1, 2}, {7, 8}, {5, 6}, {3, 3}],
    Knap = [knapsack(Items, Cap) || Cap <- [0, 5, 15, 30]],
    Lis = [lis(L) || L <- [[10, 9, 2, 5, 3, 7, 101, 18], [], [5, 4, 3], lists:seq(1, 20)]],
    Coins = [change(Amount, [1, 2, 5, 10, 20, 50, 100, 200]) || Amount <- [0, 10, 200, 1000, 5000]],
    {Knap, Lis, Coins}.

knapsack(Items, Cap) ->
    Row0 = erlang:make_tuple(Cap + 1, 0),
    Final = lists:foldl(fun({W, V}, Row) ->
                                list_to_tuple([if C >= W -> max(element(C + 1, Row), element(C - W + 1, Row) + V);
                                                  true -> element(C + 1, Row) end || C <- lists:seq(0, Cap)])
                        end, Row0, Items),
    element(Cap + 1, Final).

lis(L) ->
    Tails = lists:foldl(fun(X, T) -> insert(X, T) end, [], L),
    length(Tails).

insert(X, []) -> [X];
insert(X, [H | T]) when X =< H -> [X | T];
insert(X, [H | T]) -> [H | insert(X, T)].

change(Amount, Coins) ->
    Ways0 = maps:from_list([{0, 1} | [{A, 0} || A <- lists:seq(1, Amount)]]),
    Final = lists:foldl(fun(C, W) ->
                                lists:foldl(fun(A, W2) -> W2#{A := maps:get(A, W2) + maps:get(A - C, W2)} end, W,
                                            lists:seq(C, Amount))
                        end, Ways0, [C || C <- Coins, C =< Amount]),
    maps:get(Amount, Final).
