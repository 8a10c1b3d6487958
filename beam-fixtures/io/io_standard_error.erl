%% Output to standard_error goes to stderr, which is not compared: only the return values
%% and the lines on standard output around it count.
%% RUN: alone
-module(io_standard_error).
-export([start/0]).

start() ->
    io:format("stdout before~n"),
    A = io:format(standard_error, "to stderr ~w~n", [1]),
    B = io:put_chars(standard_error, "stderr again\n"),
    C = io:nl(standard_error),
    io:format("stdout after~n"),
    {A, B, C, is_pid(whereis(standard_error))}.
