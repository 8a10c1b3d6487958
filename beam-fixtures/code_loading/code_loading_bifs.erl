%% The BIFs under the code server: erlang:load_module/2 (refuses while old code exists),
%% erlang:delete_module/1, erlang:check_old_code/1, erlang:purge_module/1, and their errors.
%% RUN: alone
-module(code_loading_bifs).
-export([start/0]).
-include("../include/fixture_procs.hrl").
-include("embedded_beams.hrl").

-define(M, cl_embed_versions).

run() ->
    quiet_logger(),
    T = fun(F) -> catching(F) end,
    L1 = T(fun() -> erlang:load_module(?M, ?BEAM_V1_CL_EMBED_VERSIONS) end),
    O1 = T(fun() -> erlang:check_old_code(?M) end),
    L2 = T(fun() -> erlang:load_module(?M, ?BEAM_V2_CL_EMBED_VERSIONS) end),
    O2 = T(fun() -> erlang:check_old_code(?M) end),
    V2 = T(fun() -> ?M:version() end),
    L3 = T(fun() -> erlang:load_module(?M, ?BEAM_V1_CL_EMBED_VERSIONS) end),
    V3 = T(fun() -> ?M:version() end),
    P1 = T(fun() -> erlang:purge_module(?M) end),
    O3 = T(fun() -> erlang:check_old_code(?M) end),
    P2 = T(fun() -> erlang:purge_module(?M) end),
    D1 = T(fun() -> erlang:delete_module(?M) end),
    Loaded = T(fun() -> erlang:module_loaded(?M) end),
    D2 = T(fun() -> erlang:delete_module(?M) end),
    P3 = T(fun() -> erlang:purge_module(?M) end),
    D3 = T(fun() -> erlang:delete_module(?M) end),
    P4 = T(fun() -> erlang:purge_module(?M) end),
    Errors = [erlang:load_module(?M, <<"garbage">>),
              erlang:load_module(cl_embed_other_name, ?BEAM_V1_CL_EMBED_VERSIONS),
              catching(fun() -> erlang:load_module(id("m"), ?BEAM_V1_CL_EMBED_VERSIONS) end),
              catching(fun() -> erlang:load_module(?M, id(not_binary)) end),
              catching(fun() -> erlang:purge_module(id("m")) end),
              catching(fun() -> erlang:delete_module(id(42)) end),
              catching(fun() -> erlang:check_old_code(id(42)) end),
              catching(fun() -> erlang:check_process_code(id(x), ?M) end),
              catching(fun() -> erlang:check_process_code(self(), id("m")) end)],
    {L1, O1, L2, O2, V2, L3, V3, P1, O3, P2, D1, Loaded, D2, P3, D3, P4, Errors}.

start() ->
    isolated(fun run/0).
