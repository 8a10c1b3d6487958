%% Any process can halt the node: here a spawned process calls erlang:halt/2 with
%% {flush, true} while start/0 waits for ever; status 0 but no result line.
%% EXIT_STATUS: 0
-module(halt_from_other_process).
-export([start/0]).

start() ->
    Other = spawn(fun() ->
                          receive go -> ok end,
                          io:format("the other process halts the node~n"),
                          erlang:halt(0, [{flush, true}])
                  end),
    io:format("start/0 waits~n"),
    Other ! go,
    receive never -> ok end.
