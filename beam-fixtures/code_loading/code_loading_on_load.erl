%% -on_load: the function runs when the module is loaded, in a process of its own, before
%% the module can be called from outside (module_loaded is false, a remote call is undef,
%% local calls work); ok makes the module loaded, anything else or a crash leaves it
%% unloaded with {error, on_load_failure}.
%% RUN: alone
-module(code_loading_on_load).
-export([start/0]).
-include("../include/fixture_procs.hrl").
-include("embedded_beams.hrl").

-define(M, cl_embed_onload).

load_with(Result) ->
    persistent_term:put(cl_embed_onload_result, Result),
    Load = code:load_binary(?M, "cl_embed_onload.beam", ?BEAM_V1_CL_EMBED_ONLOAD),
    Ran = receive
              {on_load_ran, Pid, Loaded, Remote, Local} ->
                  {Pid =/= self(), Loaded, scrub_undef(Remote), Local}
          after 5000 -> did_not_run
          end,
    After = {erlang:module_loaded(?M), catching(fun() -> ?M:hello() end)},
    {Load, Ran, After}.

scrub_undef({'EXIT', {undef, [{M, F, A, _} | _]}}) -> {undef, M, F, A};
scrub_undef(Other) -> Other.

run() ->
    quiet_logger(),
    register(cl_embed_onload_watcher, self()),
    Fail = load_with({error, not_today}),
    Crash = load_with(crash),
    Other = load_with(not_ok),
    Ok = load_with(ok),
    %% Loading it again (it is current, no old code) runs on_load again.
    code:purge(?M),
    Again = load_with(ok),
    persistent_term:erase(cl_embed_onload_result),
    unregister(cl_embed_onload_watcher),
    {Fail, Crash, Other, Ok, Again}.

start() ->
    isolated(fun run/0).
