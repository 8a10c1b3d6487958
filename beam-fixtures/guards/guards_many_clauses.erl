-module(guards_many_clauses).
-export([start/0]).

%% A function with many clauses mixing patterns and guards over integers, floats, atoms and
%% tuples, so clause selection order matters; evaluated over a grid of inputs.

start() ->
    Inputs = [-100, -1, 0, 1, 2, 9, 10, 11, 99, 100, 1000, 1 bsl 60, -0.5, 0.0, 0.5, 10.0, a, b, zz, {1}, {1, 2}, [], "ab"],
    [{I, pick(I)} || I <- Inputs].

pick(0) -> zero;
pick(N) when is_integer(N), N < -50 -> very_negative;
pick(N) when is_integer(N), N < 0 -> negative;
pick(1) -> one;
pick(N) when is_integer(N), N rem 2 =:= 0, N < 10 -> small_even;
pick(N) when is_integer(N), N < 10 -> small_odd;
pick(10) -> ten;
pick(N) when is_integer(N), N >= 100, N < 1000 -> hundreds;
pick(N) when is_integer(N), N >= 1 bsl 59 -> huge;
pick(N) when is_integer(N) -> other_int;
pick(F) when is_float(F), F < 0 -> neg_float;
pick(F) when F == 0 -> float_zero;
pick(F) when is_float(F), F == 10 -> float_ten;
pick(F) when is_float(F) -> other_float;
pick(A) when A =:= a; A =:= b -> a_or_b;
pick(A) when is_atom(A) -> other_atom;
pick({X}) when X > 0 -> singleton_pos;
pick(T) when tuple_size(T) >= 2 -> big_tuple;
pick([]) -> nil;
pick([_ | _]) -> list.
