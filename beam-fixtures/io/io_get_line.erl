%% io:get_line/1,2 reading the fixture's stdin (io_get_line.stdin): whole lines with their
%% newline, the prompt written to standard output (none for an empty prompt), a last line
%% without a newline, then eof for ever. Bytes 128..255 come as latin1 characters.
-module(io_get_line).
-export([start/0]).

start() ->
    L1 = io:get_line("first> "),
    L2 = io:get_line(""),
    L3 = io:get_line(''),
    L4 = io:get_line(standard_io, "fourth> "),
    L5 = io:get_line(<<"fifth> ">>),
    Empty = io:get_line(""),
    L6 = io:get_line(""),
    Last = io:get_line(""),
    Eof1 = io:get_line(""),
    Eof2 = io:get_line("after eof> "),
    io:nl(),
    {L1, L2, L3, L4, L5, Empty, L6, Last, Eof1, Eof2}.
