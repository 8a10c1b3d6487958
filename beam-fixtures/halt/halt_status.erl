%% erlang:halt/1 ends the node at once with that exit status: the lines printed before are
%% on standard output (halt flushes them), the runner's result line never comes.
%% EXIT_STATUS: 3
-module(halt_status).
-export([start/0]).

start() ->
    io:format("before halt~n"),
    io:put_chars(["second line", $\n]),
    erlang:halt(3),
    io:format("never printed~n"),
    not_returned.
