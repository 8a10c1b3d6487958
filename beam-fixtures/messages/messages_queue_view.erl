%% process_info message_queue_len and messages of another process, as messages arrive and are
%% taken; a process stuck in a selective receive with a growing queue.
-module(messages_queue_view).
-export([start/0]).
-include("../include/fixture_procs.hrl").

picky() ->
    receive
        {wanted, From} -> From ! {taken, self()}, picky();
        {stop, From} -> From ! {stopped, self()}
    end.

run() ->
    P = spawn(fun picky/0),
    L0 = process_info(P, message_queue_len),
    [P ! {junk, I} || I <- lists:seq(1, 10)],
    %% Our signals to P are in order: process_info sees all ten.
    L1 = process_info(P, message_queue_len),
    {messages, Ms1} = process_info(P, messages),
    P ! {wanted, self()},
    receive {taken, P} -> ok end,
    L2 = process_info(P, message_queue_len),
    [P ! {junk, I} || I <- lists:seq(11, 15)],
    P ! {wanted, self()},
    receive {taken, P} -> ok end,
    {messages, Ms2} = process_info(P, messages),
    Own = process_info(self(), message_queue_len),
    self() ! a, self() ! b,
    Own2 = process_info(self(), [message_queue_len, messages]),
    flush(),
    R = erlang:monitor(process, P),
    P ! {stop, self()},
    receive {stopped, P} -> ok end,
    receive {'DOWN', R, process, P, _} -> ok end,
    {L0, L1, Ms1, L2, [J || {junk, J} <- Ms2], Own, Own2, process_info(P, message_queue_len)}.

start() ->
    isolated(fun run/0).
