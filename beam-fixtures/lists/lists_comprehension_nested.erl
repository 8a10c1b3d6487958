-module(lists_comprehension_nested).
-export([start/0]).

%% Nested list comprehensions with dependent generators, filters between generators,
%% pattern generators over tuples and binaries, and comprehensions producing funs.

start() ->
    Tri = [{A, B} || A <- lists:seq(1, 6), B <- lists:seq(A, 6), (A + B) rem 3 =:= 0],
    Dep = [[{I, J} || J <- lists:seq(1, I)] || I <- lists:seq(1, 4)],
    Pat = [{K, V * 2} || {K, V} <- [{a, 1}, bad, {b, 2}, {c, 3, x}, {d, 4}], is_atom(K)],
    Bin = [{X, Y} || <<X:4, Y:4>> <= <<16#12, 16#34, 16#56>>, X < Y],
    Funs = [F(10) || F <- [fun(X) -> X + N end || N <- [1, 2, 3]]],
    Flat = [X || L <- [[1, 2], [], [3, [4]], [5]], X <- L],
    Matrix = [[I * J || J <- lists:seq(1, 5)] || I <- lists:seq(1, 5)],
    Diag = [lists:nth(I, lists:nth(I, Matrix)) || I <- lists:seq(1, 5)],
    Strings = [[C - 32 || C <- W, C >= $a, C =< $z] || W <- ["hello", "World", "123abc"]],
    {Tri, Dep, Pat, Bin, Funs, Flat, Diag, Strings}.
