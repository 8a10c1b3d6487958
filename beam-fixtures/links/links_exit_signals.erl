%% What a linked process does with the exit signal of a peer, for each reason and for
%% trapping and non-trapping receivers: normal is ignored unless trapped; kill *as a link
%% exit reason* is an ordinary reason (the receiver dies with kill, or gets the message);
%% other reasons kill non-trappers with the same reason.
-module(links_exit_signals).
-export([start/0]).
-include("../include/fixture_procs.hrl").

%% Receiver R links to sender S; S exits with Reason; report what happened to R.
case_of(Reason, Trap) ->
    Self = self(),
    {R, RRef} = spawn_monitor(fun() ->
                                      process_flag(trap_exit, Trap),
                                      S = spawn_link(fun() -> receive go -> exit(Reason) end end),
                                      Self ! {receiver_ready, self(), S},
                                      Got = receive
                                                {'EXIT', S, Why} -> {trapped, Why}
                                            after 300 -> nothing_arrived
                                            end,
                                      Self ! {receiver_saw, self(), Got},
                                      exit(receiver_done)
                              end),
    S = receive {receiver_ready, R, SPid} -> SPid end,
    S ! go,
    RExit = receive {'DOWN', RRef, process, R, W} -> W end,
    Saw = receive {receiver_saw, R, G} -> G after 0 -> receiver_died end,
    {Reason, Trap, Saw, RExit}.

run() ->
    [case_of(Reason, Trap) || Reason <- [normal, kill, killed, shutdown, {shutdown, 1}, boom],
                              Trap <- [false, true]].

start() ->
    isolated(fun run/0).
