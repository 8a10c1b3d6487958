-module(atoms_dynamic_creation).
-export([start/0]).

%% Atoms made at run time from text of every kind are the same atoms as literals with the
%% same text; existing-atom conversions find them once created.

start() ->
    Literal = [hello, 'Hello', 'with space', 'é', '', 'a.b', '日本'],
    Made = [list_to_atom(atom_to_list(A)) || A <- Literal] ++ [binary_to_atom(atom_to_binary(A), utf8) || A <- Literal],
    Same = [A =:= B || {A, B} <- lists:zip(Literal ++ Literal, Made)],
    Fresh = list_to_atom("fixture_dynamic_" ++ integer_to_list(12345)),
    Existing = [list_to_existing_atom("fixture_dynamic_12345") =:= Fresh, binary_to_existing_atom(<<"hello">>, utf8)],
    Sizes = [{length(atom_to_list(A)), byte_size(atom_to_binary(A))} || A <- Literal],
    {Made, Same, Existing, Sizes}.
