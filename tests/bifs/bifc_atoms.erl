%% Atom <-> text conversions and their limits.
-module(bifc_atoms).
-export([start/0]).

start() -> bifc:run(cases()).

cases() ->
    All = [[V] || V <- bifvals:all()],
    Encs = [latin1, unicode, utf8, utf16, foo, 1],
    Long = [lists:duplicate(N, C) || N <- [255, 256], C <- [$a, 255, 1000]],
    bifc:cross(erlang,
               [atom_to_list, atom_to_binary, binary_to_atom, list_to_atom,
                list_to_existing_atom, binary_to_existing_atom],
               All) ++
        bifc:cross(erlang, [atom_to_binary],
                   [[A, E] || A <- bifvals:atoms() ++ [1, "a"], E <- Encs]) ++
        bifc:cross(erlang, [binary_to_atom, binary_to_existing_atom],
                   [[B, E] || B <- bifvals:bins() ++ [a, "a"], E <- Encs]) ++
        bifc:cross(erlang, [list_to_atom], [[L] || L <- Long]) ++
        bifc:cross(erlang, [binary_to_atom],
                   [[unicode:characters_to_binary(L), E] || L <- Long, E <- [utf8, latin1]]) ++
        bifc:cross(erlang, [binary_to_atom],
                   [[list_to_binary(lists:duplicate(N, 255)), latin1] || N <- [255, 256]]) ++
        [{erlang, list_to_existing_atom, ["no such atom here, surely"]},
         {erlang, binary_to_existing_atom, [<<"no such atom here either">>, utf8]},
         {erlang, binary_to_existing_atom, [<<"ok">>, latin1]},
         {erlang, list_to_existing_atom, [[111, 107]]}].
