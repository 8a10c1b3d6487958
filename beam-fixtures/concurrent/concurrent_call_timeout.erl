%% A client/server call with a timeout, as gen_server does it: monitor the server, send with
%% a reference, wait for the reply or 'DOWN' or the timeout; a reply that comes too late is
%% recognised by its reference and thrown away; calling a dead server gives noproc.
-module(concurrent_call_timeout).
-export([start/0]).
-include("../include/fixture_procs.hrl").

server() ->
    receive
        {call, From, Ref, {sleep, Ms}} -> receive after Ms -> ok end, From ! {Ref, {slept, Ms}}, server();
        {call, From, Ref, {echo, X}} -> From ! {Ref, X}, server();
        {call, _From, _Ref, die} -> exit(asked_to_die);
        {call, From, Ref, stop} -> From ! {Ref, stopping}
    end.

call(Server, Req, Timeout) ->
    Mref = erlang:monitor(process, Server),
    Server ! {call, self(), Mref, Req},
    receive
        {Mref, Reply} -> erlang:demonitor(Mref, [flush]), {ok, Reply};
        {'DOWN', Mref, process, _, Why} -> {down, Why}
    after Timeout ->
        erlang:demonitor(Mref, [flush]),
        timeout
    end.

run() ->
    S = spawn(fun server/0),
    A = call(S, {echo, hello}, 1000),
    B = call(S, {sleep, 300}, 20),
    %% The late reply arrives later; its reference is known, so it can be dropped.
    C = call(S, {echo, after_the_slow_one}, 2000),
    Late = receive {_, {slept, 300}} -> late_reply_dropped after 0 -> no_late_reply end,
    D = call(S, {sleep, 10}, infinity),
    E = call(S, die, 1000),
    F = call(S, {echo, x}, 1000),
    S2 = spawn(fun server/0),
    G = call(S2, stop, 1000),
    {A, B, C, Late, D, E, F, G, flush()}.

start() ->
    isolated(fun run/0).
