%% A process left running in version 1 keeps running version 1 after version 2 is loaded
%% (local calls stay in the old code), until it makes a fully qualified call; meanwhile
%% erlang:check_process_code/2 says true and code:soft_purge/1 refuses.
%% RUN: alone
-module(code_loading_old_code).
-export([start/0]).
-include("../include/fixture_procs.hrl").
-include("embedded_beams.hrl").

-define(M, cl_embed_versions).

which(P) ->
    P ! {which, self()},
    receive {running, V} -> V end.

run() ->
    quiet_logger(),
    {module, ?M} = code:load_binary(?M, "v1.beam", ?BEAM_V1_CL_EMBED_VERSIONS),
    P = spawn(?M, wait, []),
    Q = spawn(?M, wait_then_remote, []),
    R1 = which(P),
    {module, ?M} = code:load_binary(?M, "v2.beam", ?BEAM_V2_CL_EMBED_VERSIONS),
    Current = ?M:version(),
    R2 = which(P),                       % still version 1: wait/0 loops by a local call
    Check1 = {erlang:check_process_code(P, ?M), erlang:check_process_code(Q, ?M),
              erlang:check_process_code(self(), ?M)},
    Soft1 = code:soft_purge(?M),
    %% Q makes its remote call: it answers once from version 1, then waits in version 2.
    Q ! {go, self()},
    Before = receive {before_remote, V} -> V end,
    R3 = which(Q),
    Check2 = {erlang:check_process_code(P, ?M), erlang:check_process_code(Q, ?M)},
    Soft2 = code:soft_purge(?M),
    %% P ends (its last instructions are old code); then nothing runs the old version.
    normal = send_and_await_exit(P, stop),
    Soft3 = code:soft_purge(?M),
    Old = erlang:check_old_code(?M),
    normal = send_and_await_exit(Q, stop),
    {R1, Current, R2, Check1, Soft1, Before, R3, Check2, Soft2, Soft3, Old}.

start() ->
    isolated(fun run/0).
