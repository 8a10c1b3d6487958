%% Monitors of other kinds of things: erlang:monitor(time_offset, clock_service) gives a
%% reference and never fires while the offset is final; demonitor works on it; monitoring
%% a port that does not exist, and bad types.
-module(monitors_time_offset).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    R = erlang:monitor(time_offset, clock_service),
    Ref = is_reference(R),
    Quiet = receive {'CHANGE', R, _, _, _} -> changed after 50 -> quiet end,
    D = erlang:demonitor(R, [info]),
    Bad = [catching(fun() -> erlang:monitor(time_offset, id(other_service)) end),
           catching(fun() -> erlang:monitor(id(no_such_type), self()) end),
           catching(fun() -> erlang:monitor(port, id(self())) end)],
    {Ref, Quiet, D, Bad, flush()}.

start() ->
    isolated(fun run/0).
