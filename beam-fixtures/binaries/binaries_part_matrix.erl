-module(binaries_part_matrix).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% binary_part/3 for every (start, length) pair from -2..6 on a 5-byte binary, including
%% negative lengths counting backwards, and the same through binary:part/3.

start() ->
    B = <<"abcde">>,
    Pairs = [{S, L} || S <- lists:seq(-1, 6), L <- lists:seq(-6, 6)],
    [{S, L, ?T(binary_part(B, S, L)), ?T(binary:part(B, S, L)) =:= ?T(binary_part(B, S, L))} || {S, L} <- Pairs].

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
