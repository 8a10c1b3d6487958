%% Two processes exchanging 20,000 messages in strict alternation, and a bounded buffer
%% between a fast producer and a slow consumer (the producer waits for credit).
-module(concurrent_ping_pong).
-export([start/0]).
-include("../include/fixture_procs.hrl").

pong() ->
    receive
        {ping, From, N} -> From ! {pong, N + 1}, pong();
        stop -> ok
    end.

ping(_Pong, 0, Acc) -> Acc;
ping(Pong, K, Acc) ->
    Pong ! {ping, self(), Acc},
    receive {pong, N} -> ping(Pong, K - 1, N) end.

%% Buffer with capacity Cap: the producer sends items only while it holds credit.
producer(Consumer, Items, Credit) ->
    case Items of
        [] -> Consumer ! eof;
        [I | Rest] when Credit > 0 -> Consumer ! {item, self(), I}, producer(Consumer, Rest, Credit - 1);
        _ -> receive {credit, C} -> producer(Consumer, Items, Credit + C) end
    end.

consumer(Parent, Acc, MaxQueue) ->
    {message_queue_len, Q} = process_info(self(), message_queue_len),
    receive
        {item, From, I} -> From ! {credit, 1}, consumer(Parent, [I | Acc], max(MaxQueue, Q));
        eof -> Parent ! {consumed, lists:reverse(Acc), MaxQueue}
    end.

run() ->
    P = spawn(fun pong/0),
    Count = ping(P, 10000, 0),
    P ! stop,
    Self = self(),
    Cap = 5,
    C = spawn(fun() -> consumer(Self, [], 0) end),
    spawn(fun() -> producer(C, lists:seq(1, 1000), Cap) end),
    {Items, MaxQueue} = receive {consumed, L, M} -> {L, M} end,
    %% At most Cap items (plus eof) can be waiting in the consumer's queue.
    {Count, Items =:= lists:seq(1, 1000), MaxQueue =< Cap + 1}.

start() ->
    isolated(fun run/0).
