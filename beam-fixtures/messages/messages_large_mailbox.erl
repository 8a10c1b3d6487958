%% A mailbox with 20,000 messages: selective receive of the last one, of one in the middle,
%% then the rest in order; receive ... after 0 over a long queue that does not match.
-module(messages_large_mailbox).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    N = 20000,
    Half = N div 2,
    [self() ! {m, I} || I <- lists:seq(1, N)],
    Last = receive {m, N} -> last end,
    Middle = receive {m, Half} -> middle end,
    None = receive {m, 0} -> found after 0 -> not_there end,
    Len = process_info(self(), message_queue_len),
    Rest = [receive {m, I} -> I end || _ <- lists:seq(1, N - 2)],
    Expected = lists:seq(1, Half - 1) ++ lists:seq(Half + 1, N - 1),
    %% Another process floods us while we wait for one particular message.
    Self = self(),
    spawn(fun() -> [Self ! {noise, I} || I <- lists:seq(1, 5000)], Self ! wanted end),
    Wanted = receive wanted -> wanted end,
    Noise = length(flush()),
    {Last, Middle, None, Len, Rest =:= Expected, Wanted, Noise}.

start() ->
    isolated(fun run/0).
