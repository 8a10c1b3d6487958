%% A publish/subscribe broker: subscribers join topics, publications reach every subscriber
%% of the topic (acknowledged so the publisher knows delivery is complete), subscribers
%% that die are dropped through monitors, unsubscribe works.
-module(concurrent_pubsub).
-export([start/0]).
-include("../include/fixture_procs.hrl").

broker(Subs) ->
    receive
        {subscribe, Topic, Pid, From} ->
            Ref = erlang:monitor(process, Pid),
            From ! {subscribed, Pid},
            broker([{Topic, Pid, Ref} | Subs]);
        {unsubscribe, Topic, Pid, From} ->
            {Gone, Keep} = lists:partition(fun({T, P, _}) -> T =:= Topic andalso P =:= Pid end, Subs),
            [erlang:demonitor(R, [flush]) || {_, _, R} <- Gone],
            From ! {unsubscribed, Pid},
            broker(Keep);
        {publish, Topic, Msg, From} ->
            Targets = [P || {T, P, _} <- Subs, T =:= Topic],
            [P ! {deliver, Topic, Msg, self()} || P <- Targets],
            Acks = [receive {ack, P} -> 1; {'DOWN', _, process, P, _} -> 0 end || P <- Targets],
            From ! {published, Topic, lists:sum(Acks)},
            broker(Subs);
        {'DOWN', _Ref, process, Pid, _} ->
            broker([S || {_, P, _} = S <- Subs, P =/= Pid]);
        {count, From} ->
            From ! {count, length(Subs)},
            broker(Subs)
    end.

subscriber(Name, Log) ->
    receive
        {deliver, Topic, Msg, Broker} -> Broker ! {ack, self()}, subscriber(Name, [{Topic, Msg} | Log]);
        {dump, From} -> From ! {log, Name, lists:reverse(Log)}, subscriber(Name, Log);
        die -> exit(died)
    end.

call(B, Msg, Tag) ->
    B ! erlang:append_element(Msg, self()),
    receive R when element(1, R) =:= Tag -> R end.

run() ->
    B = spawn(fun() -> broker([]) end),
    [S1, S2, S3] = Subs = [spawn(fun() -> subscriber(N, []) end) || N <- [s1, s2, s3]],
    [call(B, {subscribe, news, S}, subscribed) || S <- Subs],
    call(B, {subscribe, sport, S2}, subscribed),
    P1 = call(B, {publish, news, hello}, published),
    P2 = call(B, {publish, sport, goal}, published),
    P3 = call(B, {publish, weather, rain}, published),
    call(B, {unsubscribe, news, S1}, unsubscribed),
    P4 = call(B, {publish, news, second}, published),
    Ref = erlang:monitor(process, S3),
    S3 ! die,
    receive {'DOWN', Ref, process, S3, _} -> ok end,
    %% The broker may not have processed S3's 'DOWN' yet; a publication in between is
    %% acknowledged by 0 or 1 subscriber... so ask for the count until it drops.
    Count = wait_count(B, 2),
    P5 = call(B, {publish, news, third}, published),
    Logs = [begin S ! {dump, self()}, receive {log, _, L} -> L end end || S <- [S1, S2]],
    {P1, P2, P3, P4, Count, P5, Logs}.

wait_count(B, Want) ->
    {count, N} = call(B, {count}, count),
    if N =:= Want -> N; true -> erlang:yield(), wait_count(B, Want) end.

start() ->
    isolated(fun run/0).
