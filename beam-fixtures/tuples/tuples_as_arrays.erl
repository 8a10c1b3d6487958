-module(tuples_as_arrays).
-export([start/0]).

%% Tuples used as fixed arrays: matrix multiply, transpose and search on tuples of tuples,
%% and a bubble sort done with setelement.

start() ->
    A = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}},
    B = {{9, 8, 7}, {6, 5, 4}, {3, 2, 1}},
    Mul = mat_mul(A, B),
    Tr = transpose(A),
    Sorted = bubble({5, 1, 4, 2, 8, 0, -3, 7}),
    Find = [index_of(X, Sorted) || X <- [8, -3, 99]],
    {Mul, Tr, Sorted, Find}.

mat_mul(A, B) ->
    N = tuple_size(A),
    list_to_tuple([list_to_tuple([lists:sum([element(K, element(I, A)) * element(J, element(K, B)) || K <- lists:seq(1, N)])
                                  || J <- lists:seq(1, N)]) || I <- lists:seq(1, N)]).

transpose(A) ->
    N = tuple_size(A),
    list_to_tuple([list_to_tuple([element(J, element(I, A)) || I <- lists:seq(1, N)]) || J <- lists:seq(1, N)]).

bubble(T) -> bubble(T, tuple_size(T)).
bubble(T, 1) -> T;
bubble(T, N) -> bubble(pass(T, 1, N), N - 1).
pass(T, I, N) when I >= N -> T;
pass(T, I, N) ->
    A = element(I, T), B = element(I + 1, T),
    pass(if A > B -> setelement(I, setelement(I + 1, T, A), B); true -> T end, I + 1, N).

index_of(X, T) -> index_of(X, T, 1).
index_of(_, T, I) when I > tuple_size(T) -> not_found;
index_of(X, T, I) -> case element(I, T) of X -> I; _ -> index_of(X, T, I + 1) end.
