%% The emulator's report on a process that ends by an error or a throw is a log event that
%% goes through the logger: its shape ({"Error in process ~p with exit value:~n~p~n",
%% [Pid, Reason]} with error_logger/gl/pid/time metadata), and the primary level, filters
%% and filter_default deciding whether it is logged (exit/1 ends are never reported; module
%% levels do not apply, the event names no module). A capture filter sends each event here
%% and stops it, so nothing is printed.
%% RUN: alone
-module(processes_crash_report_logger).
-export([start/0]).
-include("../include/fixture_procs.hrl").

%% How long to wait for an event that must not come.
-define(NO_EVENT_MS, 500).

start() ->
    Collector = self(),
    Capture = {capture, {fun capture/2, Collector}},
    Drop = {drop, {fun drop_marked/2, []}},
    ok = logger:set_primary_config(filters, [Drop, Capture]),
    ok = logger:set_primary_config(level, notice),
    Result =
        [{error_at_notice, crash(fun() -> erlang:error(boom) end)},
         {throw_at_notice, crash(fun() -> throw({ball, "str", [1, 2.5]}) end)},
         {exit_not_reported, crash(fun() -> exit(bye) end)},
         {badarith, crash(fun() -> id(1) / id(0) end)},
         {at_error, with_level(error, fun() -> erlang:error(at_error) end)},
         {at_critical, with_level(critical, fun() -> erlang:error(at_critical) end)},
         {at_none, with_level(none, fun() -> erlang:error(at_none) end)},
         {at_all, with_level(all, fun() -> erlang:error(at_all) end)},
         {dropped_by_filter, crash(fun() -> erlang:error({drop_me, 1}) end)},
         {after_dropped, crash(fun() -> erlang:error(kept) end)},
         {module_level_none, module_level_none()},
         {filter_default_stop, filter_default_stop(Collector)}],
    ok = logger:set_primary_config(filters, []),
    ok = logger:set_primary_config(level, none),
    Result.

%% Runs Body in a fresh process that ends by it, then reports the event the logger got for
%% that process, or none.
crash(Body) ->
    {Pid, Ref} = spawn_monitor(Body),
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    receive
        {logged, Level, Msg, Meta} -> describe(Pid, Level, Msg, Meta)
    after ?NO_EVENT_MS ->
        none
    end.

with_level(Level, Body) ->
    ok = logger:set_primary_config(level, Level),
    R = crash(Body),
    ok = logger:set_primary_config(level, notice),
    R.

module_level_none() ->
    ok = logger:set_module_level(?MODULE, none),
    R = crash(fun() -> erlang:error(module_level) end),
    ok = logger:unset_module_level(?MODULE),
    R.

%% filter_default stop: an event that every filter ignores is dropped; one that a later
%% filter takes is not.
filter_default_stop(Collector) ->
    Ignore = {ignore_all, {fun(_, _) -> ignore end, []}},
    Capture = {capture, {fun capture/2, Collector}},
    ok = logger:set_primary_config(filter_default, stop),
    ok = logger:set_primary_config(filters, [Ignore]),
    Dropped = crash(fun() -> erlang:error(default_stop) end),
    ok = logger:set_primary_config(filters, [Ignore, Capture]),
    Captured = crash(fun() -> erlang:error(captured_after_ignore) end),
    ok = logger:set_primary_config(filter_default, log),
    {Dropped, Captured}.

describe(Pid, Level, {Format, [EventPid, Reason]}, Meta) ->
    {Level, Format, EventPid =:= Pid, strip_stack(Reason), lists:sort(maps:keys(Meta)),
     maps:get(error_logger, Meta, missing), maps:get(pid, Meta, missing) =:= Pid,
     maps:get(gl, Meta, missing) =:= group_leader(), is_integer(maps:get(time, Meta, missing))};
describe(_Pid, Level, Msg, _Meta) ->
    {unexpected, Level, Msg}.

%% Keeps the frames of this module only (the ones below belong to the runner).
strip_stack({Reason, Stack}) when is_list(Stack) ->
    {Reason, [F || {M, _, _, _} = F <- Stack, M =:= ?MODULE]};
strip_stack(Other) ->
    Other.

capture(#{level := Level, msg := Msg, meta := Meta}, Collector) ->
    Collector ! {logged, Level, Msg, Meta},
    stop.

drop_marked(#{msg := {_Format, [_Pid, {{drop_me, _}, _Stack}]}}, _) -> stop;
drop_marked(_Event, _) -> ignore.
