%% erlang:send/3 with its options (local destinations always give ok), erlang:send_nosuspend/2,3,
%% and the errors for bad destinations and options.
-module(messages_send_options).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    register(messages_send_options_me, self()),
    S1 = erlang:send(self(), m1, []),
    S2 = erlang:send(self(), m2, [noconnect]),
    S3 = erlang:send(self(), m3, [nosuspend]),
    S4 = erlang:send(self(), m4, [noconnect, nosuspend]),
    S5 = erlang:send(messages_send_options_me, m5, []),
    S6 = erlang:send({messages_send_options_me, node()}, m6, [noconnect]),
    N1 = erlang:send_nosuspend(self(), m7),
    N2 = erlang:send_nosuspend(self(), m8, [noconnect]),
    N3 = erlang:send_nosuspend(messages_send_options_me, m9),
    Got = flush(),
    Bad = [catching(fun() -> erlang:send(self(), x, id([bogus])) end),
           catching(fun() -> erlang:send(self(), x, id(noconnect)) end),
           catching(fun() -> erlang:send(messages_send_options_nobody, x, []) end),
           catching(fun() -> erlang:send(id(1.5), x, []) end),
           catching(fun() -> erlang:send_nosuspend(messages_send_options_nobody, x) end),
           catching(fun() -> erlang:send_nosuspend(id(<<>>), x) end)],
    unregister(messages_send_options_me),
    {S1, S2, S3, S4, S5, S6, N1, N2, N3, Got, Bad, flush()}.

start() ->
    isolated(fun run/0).
