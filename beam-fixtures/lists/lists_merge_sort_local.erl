-module(lists_merge_sort_local).
-export([start/0]).

%% Sorting algorithms written locally (merge sort, insertion sort, quicksort with three-way
%% partition) over integers, mixed terms and already-sorted/reversed inputs; all must agree
%% with each other and with term order.

start() ->
    Inputs = [[], [1], [3, 1, 2], lists:seq(50, 1, -1), lists:seq(1, 50), [b, 1, "s", {t}, 2.0, a, [], <<>>, 1],
              [(X * 7919) rem 97 || X <- lists:seq(1, 200)]],
    [{msort(I), msort(I) =:= isort(I), msort(I) =:= qsort3(I)} || I <- Inputs].

msort([]) -> [];
msort([X]) -> [X];
msort(L) -> {A, B} = lists:split(length(L) div 2, L), merge(msort(A), msort(B)).

merge([], B) -> B;
merge(A, []) -> A;
merge([X | A], [Y | _] = B) when X =< Y -> [X | merge(A, B)];
merge(A, [Y | B]) -> [Y | merge(A, B)].

isort(L) -> lists:foldl(fun ins/2, [], L).
ins(X, []) -> [X];
ins(X, [H | T]) when X =< H -> [X, H | T];
ins(X, [H | T]) -> [H | ins(X, T)].

qsort3([]) -> [];
qsort3([P | Xs]) ->
    qsort3([X || X <- Xs, X < P]) ++ [P | [X || X <- Xs, X == P]] ++ qsort3([X || X <- Xs, X > P]).
