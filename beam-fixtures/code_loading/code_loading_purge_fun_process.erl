%% A process that holds a closure of an old module version (but is not executing it) does not
%% count as running old code: check_process_code is false and a purge does not kill it
%% (purge returns false). Calling the closure after the purge fails in that process with
%% badfun; before the purge it still ran the old version.
%% RUN: alone
-module(code_loading_purge_fun_process).
-export([start/0]).
-include("../include/fixture_procs.hrl").
-include("embedded_beams.hrl").

-define(M, cl_embed_funs).

holder(Closure) ->
    receive
        {call, From} -> From ! {result, self(), Closure(1)}, holder(Closure);
        stop -> ok
    end.

call(P) ->
    P ! {call, self()},
    receive {result, P, R} -> R end.

run() ->
    quiet_logger(),
    {module, ?M} = code:load_binary(?M, "v1.beam", ?BEAM_V1_CL_EMBED_FUNS),
    Closure = ?M:closure(1),
    P = spawn(fun() -> holder(Closure) end),
    Before = call(P),
    {module, ?M} = code:load_binary(?M, "v2.beam", ?BEAM_V2_CL_EMBED_FUNS),
    StillOld = call(P),
    waiting = await_status(P, waiting),
    Check = erlang:check_process_code(P, ?M),
    Purge = code:purge(?M),
    Alive = is_process_alive(P),
    R = erlang:monitor(process, P),
    P ! {call, self()},
    Down = receive {'DOWN', R, process, P, {Reason, _Stack}} -> Reason end,
    {Before, StillOld, Check, Purge, Alive, Down}.

start() ->
    isolated(fun run/0).
