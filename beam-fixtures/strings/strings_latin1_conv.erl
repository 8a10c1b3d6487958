-module(strings_latin1_conv).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Latin-1 versus Unicode lists and binaries: list_to_binary accepts only bytes,
%% unicode:characters_to_binary encodes, atom_to_list returns code points, and binaries made
%% from latin-1 literals differ from their UTF-8 forms.

start() ->
    L1 = [$a, 233, 255],
    U = [$a, 233, 16#20AC],
    Conv = [list_to_binary(L1), ?T(list_to_binary(id(U))), unicode:characters_to_binary(L1), unicode:characters_to_binary(U),
            unicode:characters_to_binary(L1, latin1), ?T(unicode:characters_to_binary(U, latin1)),
            unicode:characters_to_binary(L1, unicode, latin1), binary_to_list(<<"é">>), binary_to_list(<<"é"/utf8>>),
            unicode:characters_to_list(<<"é"/utf8>>), unicode:characters_to_list(<<"é">>, latin1),
            atom_to_list('é'), atom_to_binary('é'), ?T(atom_to_binary(id('€'), latin1)),
            erlang:iolist_to_binary(L1), ?T(erlang:iolist_to_binary(id(U))), io_lib_free_latin1_check(L1),
            io_lib_free_latin1_check(U)],
    {Conv}.

io_lib_free_latin1_check(L) -> lists:all(fun(C) -> C >= 0 andalso C =< 255 end, L).

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
