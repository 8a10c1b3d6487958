-module(otp_io_lib_misc).
-export([start/0]).

%% The rest of io_lib: fread (formatted input), write/print family, write_atom/string/char
%% with their quoting, printable_list checks, char_list/deep_char_list, indentation, and
%% io_lib:format of floats with ~e/~f/~g over many magnitudes.

start() ->
    Fread = [io_lib:fread(F, S) || {F, S} <- [{"~d", "42 rest"}, {"~d~d", "1 2"}, {"~f", "3.5"}, {"~s", "word more"},
                                              {"~a", "atom!"}, {"~c", "xyz"}, {"~3c", "xyz"}, {"~u", "ff"}, {"~#", "16#1F"},
                                              {"~d", "nope"}, {"~2d", "123"}, {"~x~d", "skip 7"}]],
    Writes = [lists:flatten(io_lib:write(T)) || T <- [{a, [1, 2], "s", <<"b">>, #{k => v}}, 'Q', -0.5, [a | b]]] ++
             [lists:flatten(io_lib:write({deep, {deeper, {deepest, [1, 2, 3, 4, 5]}}}, 3))] ++
             [lists:flatten(io_lib:print({x, "printable"})), lists:flatten(io_lib:print([1, 2, 3], 1, 80, -1))],
    Atoms = [lists:flatten(io_lib:write_atom(A)) || A <- [ok, 'Ok', 'a b', '', 'é', '\n']],
    Strings = [lists:flatten(io_lib:write_string(S)) || S <- ["plain", "quote\"d", "tab\t", [0, 255], "back\\"]] ++
              [lists:flatten(io_lib:write_string("x'y", $')), lists:flatten(io_lib:write_char($a)),
               lists:flatten(io_lib:write_char($\n)), lists:flatten(io_lib:write_char(0))],
    Printable = [{io_lib:printable_list(S), io_lib:printable_latin1_list(S), io_lib:printable_unicode_list(S)}
                 || S <- ["abc", [233], [16#4E2D], [7], [0], "", "a\nb", [255], [256]]],
    Chars = [io_lib:char_list("abc"), io_lib:char_list([a]), io_lib:deep_char_list(["a", ["b"]]),
             io_lib:deep_char_list([<<"a">>]), io_lib:latin1_char_list([300]), io_lib:indentation("  \tx", 4)],
    Floats = [lists:flatten(io_lib:format("~e ~f ~g ~w", [F, F, F, F])) || F <- [0.0, 1.0, -1.5, 123456.789, 1.0e-10, 6.02e23,
                                                                           0.1, 2.5e-308, 1.0e100]],
    {Fread, Writes, Atoms, Strings, Printable, Chars, Floats}.
