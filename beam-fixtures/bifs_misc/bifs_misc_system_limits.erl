-module(bifs_misc_system_limits).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Limits that raise system_limit rather than badarg or running out of memory: atom length,
%% tuple size, bit-syntax sizes, shifts, list_to_atom of long lists, huge make_tuple.

start() ->
    Limits = [?T(list_to_atom(lists:duplicate(id(256), $a))), ?T(erlang:make_tuple(id(1 bsl 40), a)),
              ?T(erlang:make_tuple(id(16#1000000), a)), ?T(<<0:(id(1 bsl 62))>>), ?T(id(1) bsl (1 bsl 40)),
              ?T(list_to_tuple(id(lists:seq(1, 10)))) =:= list_to_tuple(lists:seq(1, 10)),
              ?T(erlang:append_element(id({}), x)), ?T(atom_to_binary(list_to_atom(lists:duplicate(255, 16#10FFFF))) =:= <<>>)],
    {Limits}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
