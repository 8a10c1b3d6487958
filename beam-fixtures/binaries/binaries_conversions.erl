-module(binaries_conversions).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Number and atom conversions through binaries: integer_to_binary, binary_to_integer,
%% float_to_binary/binary_to_float, atom_to_binary/binary_to_atom, list_to_binary of
%% strings, and term_to_binary sizes of binaries at the heap/refc boundary (64 bytes).

start() ->
    Ints = [integer_to_binary(I) || I <- [0, -1, 1 bsl 59, -(1 bsl 64), 1 bsl 100]],
    IntsBack = [binary_to_integer(B) || B <- Ints],
    Floats = [float_to_binary(F) || F <- [0.5, -1.0e-10, 1.0e100]] ++ [float_to_binary(F, [short]) || F <- [0.1, 1.0e23]],
    FloatsBack = [binary_to_float(B) || B <- Floats],
    Atoms = [{atom_to_binary(A), binary_to_atom(atom_to_binary(A))} || A <- [ok, 'Hello', 'é', '']],
    Boundary = [{N, byte_size(term_to_binary(binary:copy(<<"z">>, N))), binary:copy(<<"z">>, N) =:= list_to_binary(lists:duplicate(N, $z))}
                || N <- [63, 64, 65, 255, 256]],
    Errs = [?T(binary_to_integer(id(<<"1.0">>))), ?T(binary_to_float(id(<<"1">>))), ?T(binary_to_integer(id(<<" 1">>))),
            ?T(binary_to_integer(id(<<"1", 0>>))), ?T(binary_to_float(id(<<"1.0", 0>>))), ?T(binary_to_atom(id(<<"a", 0, "b">>)))],
    {Ints, IntsBack, Floats, FloatsBack, Atoms, Boundary, Errs}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
