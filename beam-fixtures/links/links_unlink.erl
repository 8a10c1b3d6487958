%% unlink/1: once it returns, the link has no effect on the caller any more, even if the
%% peer dies right after; an 'EXIT' message that was already delivered stays in the queue.
-module(links_unlink).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    Self = self(),
    %% Not trapping: unlink, then the peer crashes; we live.
    {P, R} = spawn_monitor(fun() ->
                                   Peer = spawn_link(fun() -> receive go -> exit(crash) end end),
                                   true = unlink(Peer),
                                   Peer ! go,
                                   Ref = erlang:monitor(process, Peer),
                                   receive {'DOWN', Ref, process, Peer, W} -> Self ! {peer_died, W} end,
                                   Self ! {still_alive, self()}
                           end),
    A = receive {peer_died, W1} -> W1 end,
    B = receive {still_alive, P} -> alive end,
    C = receive {'DOWN', R, process, P, W2} -> W2 end,
    %% Trapping: the 'EXIT' already received stays there after unlink.
    {P2, R2} = spawn_monitor(fun() ->
                                     process_flag(trap_exit, true),
                                     Peer = spawn_link(fun() -> exit(early) end),
                                     ok = await_message(fun({'EXIT', Pid, _}) -> Pid =:= Peer; (_) -> false end),
                                     true = unlink(Peer),
                                     Self ! {queue, flush()}
                             end),
    D = receive {queue, Q} -> scrub(Q, []) end,
    E = receive {'DOWN', R2, process, P2, W3} -> W3 end,
    %% unlink from the other side: the peer unlinks us.
    {P3, R3} = spawn_monitor(fun() ->
                                     Me = self(),
                                     Peer = spawn_link(fun() ->
                                                               unlink(Me),
                                                               Me ! unlinked,
                                                               receive go -> exit(gone) end
                                                       end),
                                     receive unlinked -> ok end,
                                     {links, L} = process_info(self(), links),
                                     Peer ! go,
                                     Ref = erlang:monitor(process, Peer),
                                     receive {'DOWN', Ref, process, Peer, _} -> ok end,
                                     Self ! {links_after_peer_unlinked, L}
                             end),
    F = receive {links_after_peer_unlinked, L} -> L end,
    G = receive {'DOWN', R3, process, P3, W4} -> W4 end,
    {A, B, C, D, E, F, G}.

start() ->
    isolated(fun run/0).
