%% Version 2 of the server loop: state is a map, and code_change/1 converts the counter.
-module(cl_embed_server).
-vsn(2).
-export([start/0, loop/1, version/0, local_version/0, code_change/1]).

version() -> 2.

start() -> spawn(fun() -> loop(#{count => 0, upgraded => false}) end).

local_version() -> 2.

code_change(Count) when is_integer(Count) ->
    loop(#{count => Count, upgraded => true}).

loop(#{count := Count} = State) ->
    receive
        {call, From, Ref, version} ->
            From ! {Ref, {v2, local_version(), State}},
            loop(State#{count := Count + 1});
        {call, From, Ref, remote_version} ->
            From ! {Ref, {v2, ?MODULE:version(), State}},
            loop(State#{count := Count + 1});
        {call, From, Ref, upgrade} ->
            From ! {Ref, already_v2},
            loop(State);
        {call, From, Ref, stop} ->
            From ! {Ref, {stopped, v2, State}}
    end.
