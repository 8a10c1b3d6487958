-module(atoms_latin1_range).
-export([start/0]).

%% Every one-character atom from 0 to 255 and a selection above: how ~w quotes and escapes
%% it (the runner prints the result, so the printed form is the check), and its UTF-8 text.

start() ->
    One = [list_to_atom([C]) || C <- lists:seq(0, 255)],
    Pairs = [list_to_atom([C, $a]) || C <- [$a, $A, $_, $@, $0, 192, 223, 224, 247, 255]] ++
            [list_to_atom([$a, C]) || C <- [$@, $_, $0, $Z, 192, 215, 247, 255, $., $-]],
    Above = [list_to_atom([C]) || C <- [256, 16#3B1, 16#391, 16#430, 16#4E00, 16#1F600, 16#10FFFF]],
    Utf8 = [atom_to_binary(A) || A <- lists:sublist(One, 120, 137)],
    {One, Pairs, Above, Utf8}.
