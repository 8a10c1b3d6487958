%% Funs across code versions: a local fun or closure keeps running the version that made it
%% while that version exists as old code, and is a badfun once it is purged; an external fun
%% (fun M:F/A) and apply/3 always reach the current version. A process merely holding a fun
%% to old code does not count as running it.
%% RUN: alone
-module(code_loading_funs).
-export([start/0]).
-include("../include/fixture_procs.hrl").
-include("embedded_beams.hrl").

-define(M, cl_embed_funs).

run() ->
    quiet_logger(),
    {module, ?M} = code:load_binary(?M, "v1.beam", ?BEAM_V1_CL_EMBED_FUNS),
    Local1 = ?M:local_fun(),
    Closure1 = ?M:closure(10),
    Ext1 = ?M:external_fun(),
    Info1 = {erlang:fun_info(Local1, module), erlang:fun_info(Local1, type),
             erlang:fun_info(Ext1, type), erlang:fun_info(Ext1, name)},
    {module, ?M} = code:load_binary(?M, "v2.beam", ?BEAM_V2_CL_EMBED_FUNS),
    Local2 = ?M:local_fun(),
    Calls1 = {Local1(), Closure1(1), Ext1(), ?M:apply_tag(), Local2()},
    SameFun = {Local1 =:= Local2, Ext1 =:= ?M:external_fun()},
    Holding = erlang:check_process_code(self(), ?M),
    Soft = code:soft_purge(?M),
    Calls2 = {catching(fun() -> Local1() end), catching(fun() -> Closure1(1) end), Ext1(), Local2()},
    {Info1, Calls1, SameFun, Holding, Soft, Calls2}.

start() ->
    isolated(fun run/0).
