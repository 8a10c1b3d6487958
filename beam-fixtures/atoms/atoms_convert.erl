-module(atoms_convert).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Creating and converting atoms: list_to_atom, binary_to_atom with encodings, the
%% existing-atom variants, the 255-character limit, and badarg on bad input.

start() ->
    Made = [list_to_atom("fixture_fresh_atom_1"), list_to_atom([]), list_to_atom([16#3b1, 16#3b2]),
            binary_to_atom(<<"abc">>), binary_to_atom(<<"abc">>, utf8), binary_to_atom(<<"é"/utf8>>, utf8),
            binary_to_atom(<<233>>, latin1), binary_to_atom(<<"ü"/utf8>>, latin1),
            list_to_atom(lists:duplicate(255, $x)) =:= list_to_atom(lists:duplicate(255, $x))],
    Limits = [?T(list_to_atom(lists:duplicate(256, $x))), ?T(length(atom_to_list(list_to_atom(lists:duplicate(255, 16#1F600))))),
              ?T(list_to_atom(lists:duplicate(256, 16#1F600))), ?T(binary_to_atom(binary:copy(<<"y">>, 256))),
              ?T(binary_to_atom(binary:copy(<<"é"/utf8>>, 255), utf8) =:= list_to_atom(lists:duplicate(255, 233)))],
    Existing = [?T(list_to_existing_atom("ok")), ?T(list_to_existing_atom("fixture_never_created_atom_q7")),
                ?T(binary_to_existing_atom(<<"error">>)), ?T(binary_to_existing_atom(<<"error">>, utf8)),
                ?T(binary_to_existing_atom(<<"fixture_never_created_atom_z9">>, utf8)),
                ?T(binary_to_existing_atom(<<"ok">>, latin1))],
    Bad = [?T(list_to_atom(id(abc))), ?T(list_to_atom(id([a]))), ?T(list_to_atom(id([-1]))),
           ?T(list_to_atom(id([16#110000]))), ?T(list_to_atom(id("ab" ++ c))), ?T(binary_to_atom(id(<<255>>), utf8)),
           ?T(binary_to_atom(id(<<"a">>), id(utf16))), ?T(binary_to_atom(id("abc"), utf8)), ?T(atom_to_list(id("a"))),
           ?T(atom_to_binary(id(1))), ?T(atom_to_binary(id(a), id(bogus))), ?T(binary_to_atom(id(<<1:3>>), utf8)),
           ?T(list_to_atom(id([16#D800])))],
    Props = [{is_atom(A), A =:= list_to_atom(atom_to_list(A)), A =:= binary_to_atom(atom_to_binary(A), utf8)}
             || A <- id([a, 'B', '', 'é', '日本', true, 'with space'])],
    {Made, Limits, Existing, Bad, Props}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
