-module(lists_zip_group).
-export([start/0]).

%% Grouping and reshaping lists locally: zip/unzip of three lists, group by key with
%% order preserved, partition into runs, cartesian products, and transposition.

start() ->
    Xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    Zip3 = zip3(Xs, [a, b, c, d], lists:seq(100, 110)),
    Grouped = group(fun(X) -> X rem 3 end, Xs),
    Runs = runs([1, 2, 3, 2, 3, 4, 1, 0, 5, 6]),
    Product = [{A, B, C} || A <- [x, y], B <- [1, 2], C <- ["p", "q"]],
    Transposed = transpose([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]),
    Windows = windows(Xs, 4),
    {Zip3, Grouped, Runs, Product, Transposed, Windows}.

zip3([A | As], [B | Bs], [C | Cs]) -> [{A, B, C} | zip3(As, Bs, Cs)];
zip3(_, _, _) -> [].

group(F, L) ->
    Keys = lists:usort([F(X) || X <- L]),
    [{K, [X || X <- L, F(X) =:= K]} || K <- Keys].

runs([]) -> [];
runs([H | T]) -> runs(T, [H], []).
runs([X | T], [P | _] = Run, Acc) when X > P -> runs(T, [X | Run], Acc);
runs([X | T], Run, Acc) -> runs(T, [X], [lists:reverse(Run) | Acc]);
runs([], Run, Acc) -> lists:reverse([lists:reverse(Run) | Acc]).

transpose([[] | _]) -> [];
transpose(M) -> [[H || [H | _] <- M] | transpose([T || [_ | T] <- M])].

windows(L, N) when length(L) < N -> [];
windows([_ | T] = L, N) -> [lists:sublist(L, N) | windows(T, N)].
