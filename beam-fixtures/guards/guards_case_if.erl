-module(guards_case_if).
-export([start/0]).

%% Guards in case, if and receive-free selects: if with no true branch raises if_clause,
%% case guards over several variables, and guards referring to variables bound in patterns.

start() ->
    Grades = [grade(S) || S <- [100, 95, 85, 72, 65, 10, -1, 101]],
    Cmp = [compare(A, B) || {A, B} <- [{1, 2}, {2, 1}, {1, 1}, {1, 1.0}, {a, 1}]],
    Ifs = [catching(fun() -> strict_if(X) end) || X <- [1, 0, -1, a]],
    Tri = [triangle(A, B, C) || {A, B, C} <- [{3, 4, 5}, {1, 1, 1}, {2, 2, 3}, {1, 2, 3}, {0, 1, 1}]],
    {Grades, Cmp, Ifs, Tri}.

grade(S) ->
    if S > 100; S < 0 -> invalid;
       S >= 90 -> a;
       S >= 80 -> b;
       S >= 70 -> c;
       S >= 60 -> d;
       true -> f
    end.

compare(A, B) ->
    case {A, B} of
        {X, Y} when X < Y -> lt;
        {X, Y} when X > Y -> gt;
        {X, X} -> exact;
        {X, Y} when X == Y -> equal
    end.

strict_if(X) ->
    if X > 0 -> positive;
       X =:= 0 -> zero;
       X < 0, is_integer(X) -> negative
    end.

triangle(A, B, C) when A + B =< C; A + C =< B; B + C =< A -> not_a_triangle;
triangle(A, A, A) -> equilateral;
triangle(A, A, _) -> isosceles;
triangle(A, _, A) -> isosceles;
triangle(_, A, A) -> isosceles;
triangle(A, B, C) when A * A + B * B =:= C * C -> right;
triangle(_, _, _) -> scalene.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
