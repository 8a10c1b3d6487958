-module(arith_accumulate).
-export([start/0]).

%% Accumulators that cross the small/big boundary upward and back down inside loops
%% (the loop variable changes representation between iterations).

start() ->
    Up = walk(1 bsl 58, 1 bsl 55, 20, []),
    Down = walk((1 bsl 60) + 5, -(1 bsl 56), 20, []),
    Neg = walk(-(1 bsl 58), -(1 bsl 55), 20, []),
    Mul = grow(3, 50, []),
    Shrink = shrink(1 bsl 200, 45, []),
    Sum = lists:foldl(fun(X, A) -> A + X end, 0, [(1 bsl 59) - 1 || _ <- lists:seq(1, 1000)]),
    Alt = lists:foldl(fun(X, A) -> X - A end, 0, lists:seq(1, 100000)),
    {Up, Down, Neg, Mul, Shrink, Sum, Alt}.

walk(_, _, 0, Acc) -> lists:reverse(Acc);
walk(X, Step, N, Acc) -> walk(X + Step, Step, N - 1, [{X, X > (1 bsl 59) - 1 orelse X < -(1 bsl 59)} | Acc]).

grow(_, 0, Acc) -> lists:reverse(Acc);
grow(X, N, Acc) -> grow(X * 7 - 1, N - 1, [X rem 1000003 | Acc]).

shrink(_, 0, Acc) -> lists:reverse(Acc);
shrink(X, N, Acc) -> shrink(X div 23, N - 1, [X | Acc]).
