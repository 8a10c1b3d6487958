-module(binaries_list_conv_matrix).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% list_to_binary, iolist_to_binary, list_to_bitstring and binary_to_list/3 over a table of
%% inputs of every shape, valid and invalid.

start() ->
    Inputs = [[], [0], [255], [256], [-1], "abc", [<<"a">>, "b"], [[[]]], [<<1:1>>], [<<1:1>>, <<1:7>>], [1 | <<2>>],
              [<<>> | <<>>], [a], [1.0], <<"x">>, [[1, [2, [3]]], <<4>>], [$a | $b]],
    [{?T(list_to_binary(I)), ?T(iolist_to_binary(I)), ?T(list_to_bitstring(I)), ?T(iolist_size(I))} || I <- Inputs].

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
