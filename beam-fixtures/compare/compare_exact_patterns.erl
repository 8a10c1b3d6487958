-module(compare_exact_patterns).
-export([start/0]).

%% Pattern matching uses exact equality (1 does not match 1.0) while == does not;
%% case, function heads, receive-free matching of literals of each type, and select_val
%% over mixed integer/float/atom values.

start() ->
    Vals = [1, 1.0, -0.0, 0.0, 0, a, "a", <<"a">>, [97], {1}, {1.0}, #{1 => 1}, #{1.0 => 1}, 1 bsl 64, 18446744073709551616.0],
    Heads = [head(V) || V <- Vals],
    Cases = [case V of 0 -> int_zero; 0.0 -> float_zero; 1 -> int_one; 1.0 -> float_one; _ -> other end || V <- Vals],
    EqEq = [[V == W || W <- [1, 0, a, {1}, #{1 => 1}]] || V <- Vals],
    Bound = [bound(V, W) || {V, W} <- [{1, 1}, {1, 1.0}, {a, a}, {{1}, {1.0}}, {0.0, -0.0}, {[1], [1]}]],
    {Heads, Cases, EqEq, Bound}.

head(1) -> int_one;
head(1.0) -> float_one;
head(0.0) -> float_zero;
head(0) -> int_zero;
head(a) -> atom_a;
head("a") -> string_a;
head(<<"a">>) -> binary_a;
head({1}) -> tuple_int;
head(#{1 := _}) -> map_int_key;
head(18446744073709551616) -> two64;
head(_) -> other.

bound(X, X) -> same;
bound(X, Y) when X == Y -> equal_not_same;
bound(_, _) -> different.
