-module(lists_seq_edge_cases).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% lists:seq/2,3 at its edges (empty ranges, negative steps, bignum bounds, float bounds)
%% and lists:duplicate/sublist/nth with boundary indexes.

start() ->
    Seq = [?T(lists:seq(A, B)) || {A, B} <- [{1, 0}, {1, 1}, {5, 3}, {-2, 2}, {1 bsl 60, (1 bsl 60) + 2}, {1.0, 3}]],
    Seq3 = [?T(lists:seq(A, B, S)) || {A, B, S} <- [{1, 10, 3}, {10, 1, -4}, {1, 1, 0}, {1, 2, 0}, {5, 1, 1}, {1, 5, -1}, {0, 0, -1}]],
    Sub = [?T(lists:sublist([a, b, c], S, L)) || {S, L} <- [{1, 0}, {1, 5}, {3, 1}, {4, 1}, {5, 1}, {0, 1}]],
    Nth = [?T(lists:nth(N, [a, b, c])) || N <- [1, 3, 4, 0, -1]],
    {Seq, Seq3, Sub, Nth}.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
