%% Request/reply through aliases (OTP 24+): the reply goes to an alias instead of the pid;
%% after unalias (or a reply alias used once) late replies are dropped instead of piling up.
-module(messages_alias_requests).
-export([start/0]).
-include("../include/fixture_procs.hrl").

server() ->
    receive
        {req, ReplyTo, Tag, {double, X}} -> ReplyTo ! {Tag, 2 * X}, server();
        {req, ReplyTo, Tag, {twice, X}} -> ReplyTo ! {Tag, X}, ReplyTo ! {Tag, X}, server();
        {req, ReplyTo, Tag, {delay, Ms, X}} -> receive after Ms -> ok end, ReplyTo ! {Tag, X}, server();
        stop -> ok
    end.

call(S, Req, Timeout) ->
    Alias = alias([reply]),
    S ! {req, Alias, Alias, Req},
    receive
        {Alias, R} -> {ok, R}
    after Timeout ->
        unalias(Alias),
        timeout
    end.

run() ->
    S = spawn(fun server/0),
    A = call(S, {double, 21}, 1000),
    %% A reply alias lets exactly one message through: the second copy is dropped.
    B = call(S, {twice, once}, 1000),
    C = call(S, {delay, 200, too_late}, 10),
    D = call(S, {double, 1}, 1000),    % the late reply of C was dropped by the dead alias
    receive after 300 -> ok end,
    Stray = flush(),
    %% An explicit alias that stays active until unalias.
    Alias = alias(),
    S ! {req, Alias, explicit, {twice, kept}},
    E = [receive {explicit, X} -> X end || _ <- [1, 2]],
    U = unalias(Alias),
    S ! {req, Alias, explicit, {double, 5}},
    F = receive {explicit, Y} -> Y after 100 -> dropped end,
    %% Sending to the pid still works, of course.
    S ! {req, self(), by_pid, {double, 8}},
    G = receive {by_pid, Z} -> Z end,
    S ! stop,
    {A, B, C, D, Stray, E, U, F, G}.

start() ->
    isolated(fun run/0).
