-module(strings_escapes_source).
-export([start/0]).

%% What the Erlang compiler makes of string and character literals: every escape sequence,
%% octal and hex forms, control characters, and non-ASCII text in UTF-8 source, in lists,
%% binaries (latin-1 by default, /utf8 explicitly) and atoms.

start() ->
    Escapes = ["\b", "\d", "\e", "\f", "\n", "\r", "\s", "\t", "\v", "\\", "\"", "\'",
               "\0", "\7", "\17", "\177", "\377", "\x00", "\xff", "\x{100}", "\x{10FFFF}",
               "\^a", "\^z", "\^@", "\^[", "\q"],
    Chars = [$\b, $\d, $\e, $\n, $\s, $\^A, $\x{1F600}, $\177, $', $", $\\, $ ],
    Bins = [<<"åäö">>, <<"åäö"/utf8>>, <<"\x{20AC}"/utf8>>, <<"\xff">>, <<"a\0b">>, <<"\x{100}"/utf16>>],
    Atoms = ['\n', 'a\tb', 'åäö', '\x{20AC}'],
    Concat = "abc" "def" "ghi",
    {Escapes, Chars, Bins, Atoms, Concat}.
