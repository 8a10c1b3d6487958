-module(programs_fannkuch).
-export([start/0]).

%% fannkuch-redux (n = 7 and 8): permutations generated in place with tuples, flip counts,
%% checksum. Exercises tuple updates, recursion and small-integer arithmetic.

start() -> [{N, fannkuch(N)} || N <- [5, 6, 7, 8]].

fannkuch(N) ->
    Perm0 = lists:seq(1, N),
    permutations(Perm0, N, 0, 0, 0).

permutations(Perm, N, Index, MaxFlips, Checksum) ->
    Flips = flips(Perm, 0),
    Sign = if Index rem 2 =:= 0 -> 1; true -> -1 end,
    Max2 = max(MaxFlips, Flips),
    Sum2 = Checksum + Sign * Flips,
    case next_perm(Perm) of
        done -> {Sum2, Max2};
        Next -> permutations(Next, N, Index + 1, Max2, Sum2)
    end.

flips([1 | _], F) -> F;
flips([K | _] = P, F) ->
    {Front, Back} = lists:split(K, P),
    flips(lists:reverse(Front, Back), F + 1).

%% Lexicographic next permutation (index order matches the reference checksum definition
%% only up to sign convention; what matters here is determinism).
next_perm(P) ->
    T = list_to_tuple(P),
    N = tuple_size(T),
    case find_i(T, N - 1) of
        0 -> done;
        I ->
            J = find_j(T, N, element(I, T)),
            T2 = swap(T, I, J),
            {A, B} = lists:split(I, tuple_to_list(T2)),
            A ++ lists:reverse(B)
    end.

find_i(_, 0) -> 0;
find_i(T, I) -> if element(I, T) < element(I + 1, T) -> I; true -> find_i(T, I - 1) end.

find_j(T, J, V) -> if element(J, T) > V -> J; true -> find_j(T, J - 1, V) end.

swap(T, I, J) -> setelement(J, setelement(I, T, element(J, T)), element(I, T)).
