%% A chat room: members join and leave, every message is broadcast to the members present
%% when it is posted, each member keeps its own log; posts are acknowledged after delivery,
%% so every log is exact.
-module(concurrent_chat_room).
-export([start/0]).
-include("../include/fixture_procs.hrl").

room(Members) ->
    receive
        {join, Name, Pid, From} -> From ! {joined, Name}, room(Members#{Name => Pid});
        {leave, Name, From} -> From ! {left, Name}, room(maps:remove(Name, Members));
        {post, Name, Text, From} ->
            Targets = [P || {N, P} <- lists:sort(maps:to_list(Members)), N =/= Name],
            [P ! {msg, Name, Text, self()} || P <- Targets],
            [receive {got, P} -> ok end || P <- Targets],
            From ! {posted, length(Targets)},
            room(Members);
        stop -> ok
    end.

member(Log) ->
    receive
        {msg, From, Text, Room} -> Room ! {got, self()}, member([{From, Text} | Log]);
        {log, To} -> To ! {log, self(), lists:reverse(Log)}, member(Log)
    end.

req(Room, Msg) ->
    Room ! erlang:append_element(Msg, self()),
    receive {Tag, X} when Tag =:= joined; Tag =:= left; Tag =:= posted -> X end.

run() ->
    Room = spawn(fun() -> room(#{}) end),
    Names = [ann, bob, cid, dee],
    Pids = maps:from_list([{N, spawn(fun() -> member([]) end)} || N <- Names]),
    [req(Room, {join, N, maps:get(N, Pids)}) || N <- [ann, bob, cid]],
    A = req(Room, {post, ann, "hello all"}),
    req(Room, {join, dee, maps:get(dee, Pids)}),
    B = req(Room, {post, dee, "hi, I am new"}),
    req(Room, {leave, bob}),
    C = req(Room, {post, cid, "bob left"}),
    D = req(Room, {post, bob, "can I still post?"}),
    Logs = [begin P = maps:get(N, Pids), P ! {log, self()}, receive {log, P, L} -> {N, L} end end
            || N <- Names],
    Room ! stop,
    {[A, B, C, D], Logs}.

start() ->
    isolated(fun run/0).
