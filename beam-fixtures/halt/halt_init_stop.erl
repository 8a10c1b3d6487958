%% init:stop/1: an orderly shutdown of the node with that status; start/0 never returns.
%% EXIT_STATUS: 4
-module(halt_init_stop).
-export([start/0]).

start() ->
    io:format("stopping with status 4~n"),
    ok = init:stop(4),
    receive never -> ok end.
