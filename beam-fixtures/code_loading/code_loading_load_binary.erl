%% code:load_binary/3 of two versions of a module carried inside this fixture (regen puts
%% their .beam bytes in embedded_beams.hrl): each load makes that version current;
%% code:is_loaded, erlang:module_loaded, code:all_loaded, module_info; loading errors.
%% RUN: alone
-module(code_loading_load_binary).
-export([start/0]).
-include("../include/fixture_procs.hrl").
-include("embedded_beams.hrl").

-define(M, cl_embed_versions).

loaded(M) ->
    {erlang:module_loaded(M), code:is_loaded(M), lists:keymember(M, 1, code:all_loaded())}.

run() ->
    quiet_logger(),
    Before = loaded(?M),
    L1 = code:load_binary(?M, "v1/cl_embed_versions.beam", ?BEAM_V1_CL_EMBED_VERSIONS),
    V1 = ?M:version(),
    After1 = loaded(?M),
    Attrs1 = lists:keyfind(vsn, 1, ?M:module_info(attributes)),
    Exports = lists:sort(?M:module_info(exports)),
    Name = ?M:module_info(module),
    %% Version 2 replaces it (the first version becomes old code, nobody runs it).
    L2 = code:load_binary(?M, "v2/cl_embed_versions.beam", ?BEAM_V2_CL_EMBED_VERSIONS),
    V2 = ?M:version(),
    After2 = loaded(?M),
    Attrs2 = lists:keyfind(vsn, 1, ?M:module_info(attributes)),
    Old = erlang:check_old_code(?M),
    %% And back to version 1: the code server purges the old version on the way.
    L3 = code:load_binary(?M, "again/v1.beam", ?BEAM_V1_CL_EMBED_VERSIONS),
    V3 = ?M:version(),
    After3 = loaded(?M),
    %% Errors.
    Errors = [code:load_binary(?M, "junk.beam", <<"not a beam file">>),
              code:load_binary(cl_embed_wrong_name, "x.beam", ?BEAM_V1_CL_EMBED_VERSIONS),
              code:load_binary(lists, "lists.beam", ?BEAM_V1_CL_EMBED_VERSIONS),
              code:load_binary(?M, "truncated.beam", binary:part(?BEAM_V2_CL_EMBED_VERSIONS, 0, 100)),
              catching(fun() -> code:load_binary(id("name"), "x.beam", ?BEAM_V1_CL_EMBED_VERSIONS) end),
              catching(fun() -> code:load_binary(?M, id(x), ?BEAM_V1_CL_EMBED_VERSIONS) end),
              catching(fun() -> code:load_binary(?M, "x.beam", id(not_binary)) end)],
    %% The failed loads changed nothing.
    V4 = ?M:version(),
    {Before, L1, V1, After1, Attrs1, Exports, Name, L2, V2, After2, Attrs2, Old, L3, V3,
     After3, Errors, V4}.

start() ->
    isolated(fun run/0).
