%% code:delete/1 turns the current version into old code: new calls fail with undef, the
%% module is no longer loaded, running processes go on until purged; deleting again (old
%% code still there) is false; after a purge the module can be loaded again.
%% RUN: alone
-module(code_loading_delete).
-export([start/0]).
-include("../include/fixture_procs.hrl").
-include("embedded_beams.hrl").

-define(M, cl_embed_versions).

run() ->
    quiet_logger(),
    {module, ?M} = code:load_binary(?M, "v1.beam", ?BEAM_V1_CL_EMBED_VERSIONS),
    P = spawn(?M, wait, []),
    D1 = code:delete(?M),
    Loaded = {erlang:module_loaded(?M), code:is_loaded(?M), lists:keymember(?M, 1, code:all_loaded())},
    Call = catching(fun() -> ?M:version() end),
    Apply = catching(fun() -> apply(?M, version, []) end),
    Ext = catching(fun() -> (fun ?M:version/0)() end),
    %% P still runs the deleted (now old) code.
    P ! {which, self()},
    Running = receive {running, V} -> V end,
    D2 = code:delete(?M),
    Ref = erlang:monitor(process, P),
    Purge = code:purge(?M),
    Killed = receive {'DOWN', Ref, process, P, W} -> W end,
    D3 = code:delete(?M),          % nothing loaded at all
    Again = code:load_binary(?M, "v2.beam", ?BEAM_V2_CL_EMBED_VERSIONS),
    V2 = ?M:version(),
    D4 = code:delete(?M),
    Purge2 = code:purge(?M),
    Gone = erlang:module_loaded(?M),
    {D1, Loaded, Call, Apply, Ext, Running, D2, Purge, Killed, D3, Again, V2, D4, Purge2, Gone}.

start() ->
    isolated(fun run/0).
