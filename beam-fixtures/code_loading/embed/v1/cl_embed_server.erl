%% Version 1 of a server loop, for the hot upgrade fixtures (code_loading_*).
%% The state is a counter; version 2 keeps a map.
-module(cl_embed_server).
-vsn(1).
-export([start/0, loop/1, version/0, local_version/0]).

version() -> 1.

start() -> spawn(fun() -> loop(0) end).

local_version() -> 1.

loop(Count) ->
    receive
        {call, From, Ref, version} ->
            From ! {Ref, {v1, local_version(), Count}},
            loop(Count + 1);
        {call, From, Ref, remote_version} ->
            From ! {Ref, {v1, ?MODULE:version(), Count}},
            loop(Count + 1);
        {call, From, Ref, upgrade} ->
            From ! {Ref, upgrading_from_v1},
            ?MODULE:code_change(Count);
        {call, From, Ref, stop} ->
            From ! {Ref, {stopped, v1, Count}}
    end.
