-module(atoms_in_data).
-export([start/0]).

%% Atoms as keys, tags and enum values: keyfind by atom, maps with atom keys (small, so
%% term-ordered), atoms in binaries via atom_to_binary, and atom lists sorted.

start() ->
    Colors = [red, green, blue, cyan, magenta, yellow, black, white],
    Codes = maps:from_list(lists:zip(Colors, lists:seq(1, 8))),
    Lookup = [maps:get(C, Codes) || C <- [blue, white, red]],
    Tagged = [{C, atom_to_binary(C), byte_size(atom_to_binary(C))} || C <- Colors],
    Joined = iolist_to_binary(lists:join(<<",">>, [atom_to_binary(C) || C <- lists:sort(Colors)])),
    Parsed = [binary_to_atom(B) || B <- binary:split(Joined, <<",">>, [global])],
    {Codes, Lookup, Tagged, Joined, Parsed}.
