%% The hot upgrade of a running server loop: clients talk to a version 1 server, version 2
%% is loaded, the server is told to upgrade and converts its state through a fully qualified
%% call; it keeps serving (with the state carried over), and purging the old version then
%% kills nobody.
%% RUN: alone
-module(code_loading_hot_upgrade).
-export([start/0]).
-include("../include/fixture_procs.hrl").
-include("embedded_beams.hrl").

-define(M, cl_embed_server).

call(S, Req) ->
    Ref = make_ref(),
    S ! {call, self(), Ref, Req},
    receive {Ref, Reply} -> Reply end.

run() ->
    quiet_logger(),
    {module, ?M} = code:load_binary(?M, "v1.beam", ?BEAM_V1_CL_EMBED_SERVER),
    S = ?M:start(),
    Mon = erlang:monitor(process, S),
    A = [call(S, version) || _ <- [1, 2, 3]],
    {module, ?M} = code:load_binary(?M, "v2.beam", ?BEAM_V2_CL_EMBED_SERVER),
    %% Still version 1 after the load, even for a remote call's answer inside old code.
    B = call(S, version),
    C = call(S, remote_version),
    Running = erlang:check_process_code(S, ?M),
    D = call(S, upgrade),
    E = call(S, version),
    F = call(S, remote_version),
    Soft = code:soft_purge(?M),
    Alive = is_process_alive(S),
    G = call(S, upgrade),
    H = call(S, stop),
    Down = receive {'DOWN', Mon, process, S, Why} -> Why end,
    {A, B, C, Running, D, E, F, Soft, Alive, G, H, Down}.

start() ->
    isolated(fun run/0).
