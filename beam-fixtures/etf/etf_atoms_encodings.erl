-module(etf_atoms_encodings).
-export([start/0]).

%% How atoms are written: SMALL_ATOM_UTF8_EXT/ATOM_UTF8_EXT by default, and with
%% {minor_version, 0} the latin-1 ATOM_EXT when every character fits; atoms inside tuples
%% and maps; atom cache-free encoding of repeated atoms.

start() ->
    Atoms = [a, '', 'hello_world', 'é', 'ÿ', '€', '日本', list_to_atom(lists:duplicate(255, $q)),
             list_to_atom(lists:duplicate(100, 233)), true, false, undefined],
    Enc = [[term_to_binary(A, [{minor_version, V}]) || V <- [0, 1, 2]] || A <- lists:sublist(Atoms, 7)],
    Sizes = [{byte_size(term_to_binary(A)), byte_size(term_to_binary(A, [{minor_version, 0}]))} || A <- Atoms],
    Repeated = term_to_binary([same, same, same, {same, same}]),
    Decoded = [binary_to_term(B) || B <- [<<131, 100, 0, 3, "abc">>, <<131, 100, 0, 1, 233>>, <<131, 115, 1, 233>>,
                                           <<131, 118, 0, 2, 195, 169>>, <<131, 119, 2, 195, 169>>]],
    {Enc, Sizes, Repeated, Decoded}.
