%% io:get_chars/2,3 from stdin (io_get_chars.stdin): exactly N characters, newlines
%% included, across line ends; fewer at the end, then eof. Mixed with get_line.
-module(io_get_chars).
-export([start/0]).

start() ->
    C1 = io:get_chars("", 3),
    C2 = io:get_chars("", 5),
    C3 = io:get_chars("chars> ", 1),
    L1 = io:get_line(""),
    C4 = io:get_chars(standard_io, "", 10),
    C5 = io:get_chars("", 100),
    C6 = io:get_chars("", 1),
    io:nl(),
    {C1, C2, C3, L1, C4, C5, C6}.
