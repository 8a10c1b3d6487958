%% The request/reply pattern the compiler optimizes with receive markers (OTP 24
%% recv_marker_reserve/bind/clear/use): a receive on a fresh reference skips the messages that
%% were already queued. Whatever the optimization, the answers are those of plain selective
%% receive, also with many unrelated messages in the queue and with nested requests.
-module(messages_ref_markers).
-export([start/0]).
-include("../include/fixture_procs.hrl").

server() ->
    receive
        {call, From, Ref, {add, A, B}} -> From ! {Ref, A + B}, server();
        {call, From, Ref, {echo_later, T}} -> From ! {other, noise}, From ! {Ref, T}, server();
        stop -> ok
    end.

call(Server, Req) ->
    Ref = make_ref(),
    Server ! {call, self(), Ref, Req},
    receive {Ref, Reply} -> Reply end.

%% With a monitor, like gen:call.
call_monitored(Server, Req) ->
    Mref = erlang:monitor(process, Server),
    Server ! {call, self(), Mref, Req},
    receive
        {Mref, Reply} -> erlang:demonitor(Mref, [flush]), {ok, Reply};
        {'DOWN', Mref, _, _, Why} -> {down, Why}
    end.

run() ->
    S = spawn(fun server/0),
    %% Lots of unrelated messages queued before the call.
    [self() ! {queued, I} || I <- lists:seq(1, 5000)],
    R1 = call(S, {add, 1, 2}),
    R2 = call(S, {echo_later, hello}),
    R3 = [call(S, {add, I, I}) || I <- lists:seq(1, 100)],
    R4 = call_monitored(S, {add, 20, 22}),
    normal = send_and_await_exit(S, stop),
    R5 = call_monitored(S, {add, 0, 0}),
    %% The queued messages are all still there, in order, plus the server's noise.
    Queued = [receive {queued, I} -> I end || _ <- lists:seq(1, 5000)],
    Noise = flush(),
    {R1, R2, lists:sum(R3), R4, R5, Queued =:= lists:seq(1, 5000), Noise}.

start() ->
    isolated(fun run/0).
