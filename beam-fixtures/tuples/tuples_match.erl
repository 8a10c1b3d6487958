-module(tuples_match).
-export([start/0]).

%% Tuple pattern matching: arity dispatch (select_tuple_arity), tagged tuples, nested
%% patterns, repeated variables, and tuples as records without record syntax.

start() ->
    Inputs = id([{}, {a}, {a, 1}, {b, 1}, {a, 1, 2}, {a, {b, {c, d}}}, {x, x}, {x, y}, {1, 1.0},
                 {ok, [1, 2]}, {error, {reason, 42}}, {point, 1, 2}, {point, 1, 2, 3}, [a], a,
                 {{1, 2}, {1, 2}}, {{1, 2}, {2, 1}}, {'EXIT', self_placeholder}, {a, b, c, d, e, f, g, h, i}]),
    Shapes = [shape(I) || I <- Inputs],
    Arity = [arity(I) || I <- Inputs],
    Swaps = [swap(P) || P <- [{1, 2}, {a, {b}}, {[], <<>>}]],
    Deep = deep({{{{{{deep}}}}}}),
    Zips = zip_tuples({1, 2, 3}, {a, b, c}),
    {Shapes, Arity, Swaps, Deep, Zips}.

shape({}) -> empty;
shape({a}) -> just_a;
shape({a, N}) when is_integer(N) -> {a_with, N};
shape({X, X}) -> same;
shape({ok, L}) when is_list(L) -> {ok_list, length(L)};
shape({error, {reason, R}}) -> {error_reason, R};
shape({point, X, Y}) -> {point2, X + Y};
shape({point, X, Y, Z}) -> {point3, X + Y + Z};
shape({a, {b, {c, D}}}) -> {nested, D};
shape({{A, B}, {A, B}}) -> pair_same;
shape({{A, B}, {B, A}}) -> pair_swapped;
shape({'EXIT', _}) -> exit_tuple;
shape(T) when is_tuple(T), tuple_size(T) > 5 -> {big, tuple_size(T)};
shape(T) when is_tuple(T) -> {other_tuple, T};
shape(_) -> not_a_tuple.

arity(T) ->
    case T of
        {} -> 0;
        {_} -> 1;
        {_, _} -> 2;
        {_, _, _} -> 3;
        {_, _, _, _} -> 4;
        _ when is_tuple(T) -> many;
        _ -> none
    end.

swap({A, B}) -> {B, A}.

deep({{{{{{X}}}}}}) -> X.

zip_tuples(A, B) -> list_to_tuple(lists:zip(tuple_to_list(A), tuple_to_list(B))).

id(X) -> X.
