-module(lists_append_subtract_big).
-export([start/0]).

%% ++ and -- on long lists (OTP switches -- to a different algorithm for long operands),
%% with duplicates, mixed types, and equal-but-not-exact elements (1 vs 1.0: -- uses exact
%% matching).

start() ->
    A = lists:seq(1, 5000),
    B = [X * 3 || X <- lists:seq(1, 2000)],
    Sub = A -- B,
    Stats = {length(Sub), lists:sum(Sub), lists:sublist(Sub, 10), lists:last(Sub)},
    Dups = lists:duplicate(100, x) ++ lists:duplicate(100, y),
    DupSub = [length(Dups -- lists:duplicate(N, x)) || N <- [0, 1, 50, 100, 150]],
    Exact = [[1, 1.0, 1, 2.0, 2] -- [1.0, 2], [1, 1.0] -- [1, 1, 1], [a, "a", <<"a">>] -- ["a"],
             [{1}, {1.0}] -- [{1.0}]],
    Order = lists:seq(1, 30) -- [30, 1, 15, 15, 100],
    BigSub = length(lists:seq(1, 20000) -- lists:seq(1, 20000, 2)),
    Appended = length(A ++ B ++ A),
    Nested = lists:foldl(fun(X, Acc) -> Acc ++ [X] end, [], lists:seq(1, 500)) =:= lists:seq(1, 500),
    {Stats, DupSub, Exact, Order, BigSub, Appended, Nested}.
