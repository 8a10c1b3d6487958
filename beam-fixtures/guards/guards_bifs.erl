-module(guards_bifs).
-export([start/0]).

%% Guards: every type test, guard BIFs, and/or/andalso/orelse/not/xor semantics, guard
%% sequences with ; and , and guards that fail silently instead of raising (badarg in a
%% guard is just false).

samples() ->
    [0, -5, 1 bsl 70, 2.5, -0.0, a, true, false, [], [1], [a | b], "str", {}, {a, b}, {rec, 1, 2},
     #{}, #{k => v}, <<>>, <<1, 2>>, <<1:3>>, fun() -> ok end, fun lists:map/2].

start() ->
    S = samples(),
    Types = [types(X) || X <- S],
    Silent = [silent(X) || X <- S],
    Logic = [logic(A, B) || A <- [true, false, 1], B <- [true, false, x]],
    Seq = [seq(X) || X <- [1, 5, 10, 11, a, -3, 7.0]],
    Bifs = [bifs(X) || X <- [[1, 2, 3], {1, 2}, <<"abc">>, #{a => 1}, 3.7, -2, 1 bsl 64, abc]],
    Ranges = [range(X) || X <- [-1, 0, 9, 10, 99, 100, 1.0e6, 1 bsl 80, x]],
    {Types, Silent, Logic, Seq, Bifs, Ranges}.

types(X) ->
    [T || {T, true} <- [{integer, is_integer(X)}, {float, is_float(X)}, {number, is_number(X)},
                        {atom, is_atom(X)}, {boolean, is_boolean(X)}, {list, is_list(X)}, {tuple, is_tuple(X)},
                        {map, is_map(X)}, {binary, is_binary(X)}, {bitstring, is_bitstring(X)},
                        {function, is_function(X)}, {function0, is_function(X, 0)}, {function2, is_function(X, 2)},
                        {pid, is_pid(X)}, {port, is_port(X)}, {reference, is_reference(X)},
                        {record_rec3, is_record(X, rec, 3)}]].

%% Each clause's guard would raise outside a guard; inside, the clause is simply skipped.
silent(X) when length(X) > 1 -> long_list;
silent(X) when tuple_size(X) > 1 -> big_tuple;
silent(X) when byte_size(X) > 1 -> big_binary;
silent(X) when map_size(X) > 0 -> full_map;
silent(X) when abs(X) > 100 -> large_number;
silent(X) when X + 1 > 0 -> positive_ish;
silent(X) when hd(X) =:= 1 -> head_one;
silent(X) when element(1, X) =:= rec -> rec_tuple;
silent(X) when bit_size(X) =:= 3 -> three_bits;
silent(_) -> fallthrough.

logic(A, B) ->
    {g_and(A, B), g_or(A, B), g_andalso(A, B), g_orelse(A, B), g_xor(A, B), g_not(A)}.

g_and(A, B) when A and B -> true;
g_and(_, _) -> false_or_error.
g_or(A, B) when A or B -> true;
g_or(_, _) -> false_or_error.
g_andalso(A, B) when A andalso B -> true;
g_andalso(_, _) -> false_or_error.
g_orelse(A, B) when A orelse B -> true;
g_orelse(_, _) -> false_or_error.
g_xor(A, B) when A xor B -> true;
g_xor(_, _) -> false_or_error.
g_not(A) when not A -> true;
g_not(_) -> false_or_error.

seq(X) when is_integer(X), X > 0, X < 5; X =:= 10 -> small_or_ten;
seq(X) when is_integer(X), X >= 5, X =< 9 -> mid;
seq(X) when is_float(X); is_atom(X) -> float_or_atom;
seq(_) -> other.

bifs(X) when is_list(X), length(X) =:= 3, hd(X) =:= 1, tl(X) =:= [2, 3] -> list3;
bifs(X) when is_tuple(X), element(2, X) =:= 2, size(X) =:= 2 -> tuple2;
bifs(X) when is_binary(X), binary_part(X, 0, 1) =:= <<"a">>, byte_size(X) div 3 =:= 1 -> bin_a;
bifs(X) when is_map(X), map_get(a, X) =:= 1, is_map_key(a, X) -> map_a;
bifs(X) when is_float(X), trunc(X) =:= 3, round(X) =:= 4, ceil(X) =:= 4, floor(X) =:= 3 -> float37;
bifs(X) when is_integer(X), abs(X) =:= 2, -X =:= 2, X rem 2 =:= 0, X band 1 =:= 0 -> minus_two;
bifs(X) when is_integer(X), X bsr 64 =:= 1, float(X) > 1.0e19 -> two_to_64;
bifs(X) when is_atom(X), node() =:= nonode@nohost, X =/= self -> atom_on_nonode;
bifs(_) -> none.

range(X) when X < 0 -> negative;
range(X) when X >= 0, X < 10 -> digit;
range(X) when X >= 10, X < 100 -> two_digits;
range(X) when is_number(X), X >= 100, X =< 1 bsl 64 -> big;
range(X) when is_integer(X) -> huge;
range(_) -> not_a_number.
