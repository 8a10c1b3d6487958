%% code:purge/1 removes the old version and kills the processes still running it (reason
%% killed, seen by monitors and by linked processes); true when it killed, false otherwise.
%% Loading a third version purges the same way.
%% RUN: alone
-module(code_loading_purge).
-export([start/0]).
-include("../include/fixture_procs.hrl").
-include("embedded_beams.hrl").

-define(M, cl_embed_versions).

run() ->
    quiet_logger(),
    {module, ?M} = code:load_binary(?M, "v1.beam", ?BEAM_V1_CL_EMBED_VERSIONS),
    Self = self(),
    Olds = [spawn(?M, wait, []) || _ <- lists:seq(1, 3)],
    Refs = [erlang:monitor(process, P) || P <- Olds],
    %% A trapping process linked to one of them.
    Watcher = spawn(fun() ->
                            process_flag(trap_exit, true),
                            link(hd(Olds)),
                            Self ! linked,
                            receive {'EXIT', _, Why} -> Self ! {watcher_saw, Why} end
                    end),
    receive linked -> ok end,
    {module, ?M} = code:load_binary(?M, "v2.beam", ?BEAM_V2_CL_EMBED_VERSIONS),
    New = spawn(?M, wait, []),
    Purge1 = code:purge(?M),
    Downs = [receive {'DOWN', R, process, P, W} -> W end || {R, P} <- lists:zip(Refs, Olds)],
    Saw = receive {watcher_saw, W} -> W end,
    NewAlive = is_process_alive(New),
    Purge2 = code:purge(?M),
    Old = erlang:check_old_code(?M),
    %% Loading version 1 again while New runs version 2: the code server purges nothing
    %% (there is no old code), New now runs old code; loading once more kills it.
    NewRef = erlang:monitor(process, New),
    {module, ?M} = code:load_binary(?M, "v1.beam", ?BEAM_V1_CL_EMBED_VERSIONS),
    Alive2 = is_process_alive(New),
    {module, ?M} = code:load_binary(?M, "v2.beam", ?BEAM_V2_CL_EMBED_VERSIONS),
    NewDown = receive {'DOWN', NewRef, process, New, W2} -> W2 end,
    _ = Watcher,
    {Purge1, Downs, Saw, NewAlive, Purge2, Old, Alive2, NewDown, ?M:version()}.

start() ->
    isolated(fun run/0).
