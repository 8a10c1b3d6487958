-module(atoms_unicode_limits).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% The atom length limit counts characters (255), not bytes; atoms from binaries in
%% latin1 and utf8; atom_to_binary in latin1 fails for characters above 255.

start() ->
    Lens = [0, 1, 254, 255, 256],
    AsciiList = [?T(length(atom_to_list(list_to_atom(lists:duplicate(N, $a))))) || N <- Lens],
    WideList = [?T(byte_size(atom_to_binary(list_to_atom(lists:duplicate(N, 16#10000))))) || N <- Lens],
    Latin1Bin = [?T(length(atom_to_list(binary_to_atom(binary:copy(<<233>>, N), latin1)))) || N <- Lens],
    Utf8Bin = [?T(length(atom_to_list(binary_to_atom(binary:copy(<<"€"/utf8>>, N), utf8)))) || N <- Lens],
    ToLatin1 = [?T(atom_to_binary(A, latin1)) || A <- ['abc', 'é', 'ÿ', '€', 'aé€']],
    Same = [binary_to_atom(<<233>>, latin1) =:= binary_to_atom(<<"é"/utf8>>, utf8),
            list_to_atom([233]) =:= 'é', atom_to_list('é') =:= [233]],
    Existing = [?T(binary_to_existing_atom(<<"é"/utf8>>, utf8)), ?T(binary_to_existing_atom(<<233>>, latin1)),
                ?T(list_to_existing_atom([233]))],
    {AsciiList, WideList, Latin1Bin, Utf8Bin, ToLatin1, Same, Existing}.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
