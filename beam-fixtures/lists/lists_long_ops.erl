-module(lists_long_ops).
-export([start/0]).

%% Operations on long lists (a million elements): length, reverse, append, sum, nth, and
%% building with body recursion (deep stack) and tail recursion.

start() ->
    N = 1000000,
    L = lists:seq(1, N),
    R = lists:reverse(L),
    Body = body(N),
    {length(L), hd(R), lists:nth(N, L), lists:sum(L), length(L ++ R), length(Body), hd(Body), lists:last(Body),
     length([X || X <- L, X rem 1000 =:= 0]), lists:foldl(fun(X, A) -> (A + X * X) rem 1000000007 end, 0, L)}.

body(0) -> [];
body(N) -> [N | body(N - 1)].
