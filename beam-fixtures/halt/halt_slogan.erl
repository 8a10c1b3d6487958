%% erlang:halt/1 with a string: a crash dump with that slogan (written to the working
%% directory, announced on stderr; neither is compared) and exit status 1.
%% EXIT_STATUS: 1
-module(halt_slogan).
-export([start/0]).

start() ->
    io:format("halting with a slogan~n"),
    erlang:halt("fixture halt slogan"),
    not_returned.
