-module(funs_apply_bifs).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% BIFs called through apply/3 and through external funs with computed names: the same
%% results and the same errors as direct calls.

start() ->
    Calls = [{erlang, length, [[1, 2, 3]]}, {erlang, element, [2, {a, b}]}, {erlang, atom_to_list, [abc]},
             {erlang, tuple_size, [{}]}, {erlang, list_to_tuple, [[1]]}, {erlang, hd, [[x]]}, {erlang, setelement, [1, {a}, b]},
             {erlang, binary_to_list, [<<1, 2>>]}, {erlang, integer_to_list, [255, 16]}, {erlang, float_to_list, [0.5, [short]]},
             {erlang, make_tuple, [2, z]}, {erlang, max, [1, 2]}, {erlang, is_atom, [a]}, {lists, reverse, [[1, 2]]},
             {lists, member, [a, [a]]}, {lists, keyfind, [k, 1, [{k, v}]]}, {maps, get, [a, #{a => 1}]},
             {erlang, length, [x]}, {erlang, element, [9, {}]}, {erlang, atom_to_list, ["s"]}, {erlang, hd, [[]]},
             {maps, get, [b, #{}]}, {erlang, binary_to_list, [<<1:1>>]}, {erlang, nonexistent_bif, []}],
    ViaApply = [?T(apply(M, F, A)) || {M, F, A} <- Calls],
    ViaFun = [?T(apply(erlang:make_fun(M, F, length(A)), A)) || {M, F, A} <- Calls],
    {ViaApply, ViaApply =:= ViaFun}.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
