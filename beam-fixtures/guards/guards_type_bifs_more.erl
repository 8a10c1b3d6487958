-module(guards_type_bifs_more).
-export([start/0]).

%% Less common guard BIFs and type tests: is_function/2 with computed arity, is_record/3,
%% bit_size/byte_size on bitstrings, tuple_size vs size, node/1, self(), length of improper
%% lists (guard just fails), binary_part in guards.

start() ->
    Inputs = [<<1, 2, 3>>, <<1:3>>, {a, b}, [1, 2], [1 | 2], fun(X) -> X end, fun lists:map/2, 42, 3.0, atom, #{a => 1}],
    Results = [[F(X) || F <- [fun g1/1, fun g2/1, fun g3/1, fun g4/1, fun g5/1]] || X <- Inputs],
    Arity = [is_fun_n(fun(A, B) -> {A, B} end, N) || N <- [0, 1, 2, 3]],
    {Results, Arity}.

g1(X) when bit_size(X) rem 8 =/= 0 -> unaligned;
g1(X) when byte_size(X) > 2 -> long_binary;
g1(X) when size(X) =:= 2 -> size_two;
g1(_) -> none.

g2(X) when length(X) > 1 -> proper_long;
g2(X) when is_list(X) -> improper_or_short;
g2(_) -> none.

g3(X) when is_function(X, 1) -> fun1;
g3(X) when is_function(X), not is_function(X, 1) -> other_fun;
g3(_) -> none.

g4(X) when X >= 10, X =< 100 -> between_10_100;
g4(X) when is_number(X), float(X) =:= 3.0 -> three;
g4(_) -> none.

g5(X) when is_map(X), map_size(X) =:= 1, is_map_key(a, X) -> single_a;
g5(X) when is_binary(X), binary_part(X, 1, 1) =:= <<2>> -> second_is_2;
g5(X) when is_atom(X), X =/= true, X =/= false -> plain_atom;
g5(_) -> none.

is_fun_n(F, N) when is_function(F, N) -> {N, yes};
is_fun_n(_, N) -> {N, no}.
