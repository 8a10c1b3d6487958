-module(lists_comprehensions).
-export([start/0]).

%% List comprehensions with several generators, filters, pattern generators that skip
%% non-matching elements, binary generators, and nested comprehensions.

start() ->
    A = [X * 2 || X <- lists:seq(1, 10)],
    B = [{X, Y} || X <- [1, 2, 3], Y <- [a, b], X =/= 2],
    C = [X || {ok, X} <- [{ok, 1}, error, {ok, 2}, {error, 3}, {ok, 3, 4}, {ok, [4]}]],
    D = [X + Y || X <- [1, 2, 3], X > 1, Y <- [10, 20], Y < 15 orelse X =:= 3],
    E = [[Y || Y <- lists:seq(1, X)] || X <- lists:seq(0, 4)],
    F = [X || <<X:4>> <= <<16#1234:16>>],
    G = [{X, Y} || <<X:8, Y:8>> <= <<1, 2, 3, 4, 5>>],
    H = [X || X <- [1, a, 2.0, "s", {t}, 3], is_integer(X)],
    Pythag = [{P, Q, R} || P <- lists:seq(1, 30), Q <- lists:seq(P, 30), R <- lists:seq(Q, 30), P * P + Q * Q =:= R * R],
    Perms = perms([1, 2, 3, 4]),
    Qsort = qsort([5, 3, 8, 1, 9, 2, 7, 3, 5, 0, -4]),
    Primes = sieve(lists:seq(2, 100)),
    BinComp = << <<(X * 3):8>> || X <- lists:seq(1, 10), X rem 2 =:= 0 >>,
    BinBin = << <<X:3, Y:5>> || <<X:5, Y:3>> <= <<"abcdef">> >>,
    {A, B, C, D, E, F, G, H, Pythag, length(Perms), lists:nth(17, Perms), Qsort, Primes, BinComp, BinBin}.

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].

qsort([]) -> [];
qsort([P | Xs]) -> qsort([X || X <- Xs, X < P]) ++ [P] ++ qsort([X || X <- Xs, X >= P]).

sieve([]) -> [];
sieve([P | Xs]) -> [P | sieve([X || X <- Xs, X rem P =/= 0])].
