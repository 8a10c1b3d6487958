%% A server with an idle timeout (receive ... after restarts with every message): steady
%% traffic keeps it alive, silence ends it; the client learns it through a monitor.
-module(messages_idle_timeout).
-export([start/0]).
-include("../include/fixture_procs.hrl").

server(Count) ->
    receive
        {ping, From} -> From ! {pong, Count}, server(Count + 1)
    after 1000 ->
        exit({idle, Count})
    end.

run() ->
    S = spawn(fun() -> server(0) end),
    R = erlang:monitor(process, S),
    Pongs = [begin
                 receive after 20 -> ok end,
                 S ! {ping, self()},
                 receive {pong, C} -> C end
             end || _ <- lists:seq(1, 20)],
    Down = receive {'DOWN', R, process, S, W} -> W end,
    {Pongs, Down}.

start() ->
    isolated(fun run/0).
