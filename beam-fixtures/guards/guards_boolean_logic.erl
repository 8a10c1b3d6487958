-module(guards_boolean_logic).
-export([start/0]).

%% Guard logic at depth: nested andalso/orelse with errors on either side (an error in a
%% guard makes the whole guard false, even inside orelse), not of non-booleans, comparisons
%% chained with ; and ,.

start() ->
    Vals = [true, false, 0, 1, a, [], {}, undefined],
    Pairs = [{A, B, g1(A, B), g2(A, B), g3(A, B), g4(A, B)} || A <- Vals, B <- Vals],
    Errors = [g_err(X) || X <- [[], [1], {1}, 0, 5]],
    {Pairs, Errors}.

g1(A, B) when A andalso B -> both;
g1(A, B) when A orelse B -> either;
g1(_, _) -> neither.

g2(A, B) when (A =:= true) xor (B =:= true) -> exactly_one;
g2(_, _) -> not_exactly_one.

g3(A, B) when not (A =:= B) -> different;
g3(_, _) -> same.

g4(A, _) when A; A =:= 0 -> true_or_zero;
g4(_, B) when is_atom(B), B =/= undefined, B =/= false -> atom_b;
g4(_, _) -> other.

%% hd([]) raises inside the guard: the whole first guard is false even though the orelse
%% could have been true; the second guard sequence member still runs.
g_err(X) when hd(X) =:= 1 orelse true -> hd_branch;
g_err(X) when element(1, X) =:= 1; X > 3 -> element_or_gt3;
g_err(_) -> fallthrough.
