%% Without a .stdin file, a fixture's standard input is empty: every read is eof at once.
-module(io_stdin_eof).
-export([start/0]).

start() ->
    A = io:get_line(""),
    B = io:get_chars("", 10),
    C = io:read(""),
    D = io:get_line("prompt> "),
    io:nl(),
    {A, B, C, D}.
