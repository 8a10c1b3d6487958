-module(lists_recursion).
-export([start/0]).

%% Hand-written list functions (no library calls): body and tail recursion, accumulators,
%% mutual recursion, and deep non-tail recursion that needs a growing stack (100000 frames).

start() ->
    L = lists:seq(1, 20),
    Mapped = map(fun(X) -> X * X end, L),
    Filtered = filter(fun(X) -> X rem 3 =:= 0 end, L),
    Folded = {foldl(fun(X, A) -> [X | A] end, [], L), foldr(fun(X, A) -> [X | A] end, [], L)},
    Zipped = zip(L, [a, b, c]),
    Unzipped = unzip([{1, a}, {2, b}, {3, c}]),
    Flat = flatten([1, [2, [3, [4, []]], 5], [[[6]]], []]),
    Deep = length(deep_build(100000)),
    DeepSum = deep_sum(lists:seq(1, 100000)),
    EvenOdd = [{N, is_even(N)} || N <- [0, 1, 10, 7777]],
    Take = {take(3, L), drop(17, L), split_at(5, [a, b, c])},
    Interleave = interleave([1, 2, 3], [a, b, c, d, e]),
    Chunk = chunk(lists:seq(1, 10), 3),
    Run = run_length([a, a, b, c, c, c, a]),
    {Mapped, Filtered, Folded, Zipped, Unzipped, Flat, Deep, DeepSum, EvenOdd, Take, Interleave, Chunk, Run}.

map(_, []) -> [];
map(F, [H | T]) -> [F(H) | map(F, T)].

filter(_, []) -> [];
filter(P, [H | T]) -> case P(H) of true -> [H | filter(P, T)]; false -> filter(P, T) end.

foldl(_, A, []) -> A;
foldl(F, A, [H | T]) -> foldl(F, F(H, A), T).

foldr(_, A, []) -> A;
foldr(F, A, [H | T]) -> F(H, foldr(F, A, T)).

zip([A | As], [B | Bs]) -> [{A, B} | zip(As, Bs)];
zip(_, _) -> [].

unzip(L) -> {[A || {A, _} <- L], [B || {_, B} <- L]}.

flatten([]) -> [];
flatten([H | T]) when is_list(H) -> flatten(H) ++ flatten(T);
flatten([H | T]) -> [H | flatten(T)].

deep_build(0) -> [];
deep_build(N) -> [N | deep_build(N - 1)].

deep_sum([]) -> 0;
deep_sum([H | T]) -> H + deep_sum(T).

is_even(0) -> true;
is_even(N) -> is_odd(N - 1).
is_odd(0) -> false;
is_odd(N) -> is_even(N - 1).

take(0, _) -> [];
take(_, []) -> [];
take(N, [H | T]) -> [H | take(N - 1, T)].

drop(0, L) -> L;
drop(_, []) -> [];
drop(N, [_ | T]) -> drop(N - 1, T).

split_at(N, L) -> {take(N, L), drop(N, L)}.

interleave([], Bs) -> Bs;
interleave([A | As], Bs) -> [A | interleave(Bs, As)].

chunk([], _) -> [];
chunk(L, N) -> [take(N, L) | chunk(drop(N, L), N)].

run_length([]) -> [];
run_length([H | T]) -> run_length(T, H, 1).
run_length([H | T], H, N) -> run_length(T, H, N + 1);
run_length([H | T], C, N) -> [{C, N} | run_length(T, H, 1)];
run_length([], C, N) -> [{C, N}].
