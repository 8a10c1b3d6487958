-module(bitsyntax_utf_loops).
-export([start/0]).

%% Converting between UTF-8, UTF-16 (both endiannesses) and UTF-32 by matching and building
%% code point by code point, and comparing with unicode:characters_to_binary/3.

start() ->
    Text = <<"Añ€😀𝄞z日本"/utf8>>,
    Cps = [C || <<C/utf8>> <= Text],
    U16 = << <<C/utf16>> || C <- Cps >>,
    U16L = << <<C/utf16-little>> || <<C/utf8>> <= Text >>,
    U32 = << <<C/utf32>> || <<C/utf16>> <= U16 >>,
    Back = << <<C/utf8>> || <<C/utf32>> <= U32 >>,
    Check = [U16 =:= unicode:characters_to_binary(Text, utf8, utf16),
             U16L =:= unicode:characters_to_binary(Text, utf8, {utf16, little}),
             U32 =:= unicode:characters_to_binary(Text, utf8, utf32), Back =:= Text],
    {Cps, U16, U16L, byte_size(U32), Check}.
