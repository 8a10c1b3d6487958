-module(tuples_element_matrix).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% element/2 and setelement/3 for every index from -1 to size+1 on tuples of sizes 0..5,
%% with literal and variable indexes.

start() ->
    Tuples = [list_to_tuple(lists:seq(1, N)) || N <- lists:seq(0, 5)],
    Get = [[?T(element(I, T)) || I <- lists:seq(-1, tuple_size(T) + 1)] || T <- Tuples],
    Set = [[?T(setelement(I, T, x)) || I <- lists:seq(0, tuple_size(T) + 1)] || T <- Tuples],
    Lit = [{element(1, T), element(2, T)} || T <- [{a, b}, {1, 2, 3}]],
    {Get, Set, Lit}.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
