-module(bifs_misc_type_conv).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% The conversion BIFs between term types, each with valid and invalid input:
%% list_to_tuple/tuple_to_list, list_to_binary/binary_to_list, integer/float/atom <-> text,
%% term_to_binary/binary_to_term, list_to_bitstring, erlang:float/1, erlang:integer_to_list/2.

start() ->
    Conv = [list_to_tuple([1, [2], {3}]), tuple_to_list({a, {b}}), binary_to_list(<<1, 2, 3>>, 2, 3),
            list_to_binary([<<1>>, 2, [3]]), integer_to_list(-255, 16), list_to_integer("-ff", 16),
            float_to_list(2.5, [{decimals, 3}]), list_to_float("-2.5e-3"), atom_to_list('A b'), list_to_atom("x y"),
            binary_to_atom(<<"z">>, latin1), atom_to_binary(abc, latin1), integer_to_binary(1 bsl 65, 36),
            binary_to_integer(<<"-zz">>, 36), float(7), float(-1 bsl 60), erlang:list_to_bitstring([<<1:1>>, 1]),
            erlang:bitstring_to_list(<<7:3>>), binary_to_term(term_to_binary({x, "y", <<"z">>})), tuple_size(list_to_tuple(lists:seq(1, 1000)))],
    Bad = [?T(list_to_tuple(id([a | b]))), ?T(list_to_integer(id("+-1"))), ?T(list_to_float(id("1.0.0"))),
           ?T(binary_to_list(<<1, 2>>, id(0), 1)), ?T(list_to_atom(id([$a, 1.0]))), ?T(float(id("1"))),
           ?T(integer_to_binary(id(1.0))), ?T(binary_to_integer(id(<<"">>), 2)), ?T(atom_to_binary(id("s"), latin1))],
    {Conv, Bad}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
