%% erlang:spawn_request/1..5 (OTP 23+): the spawn answers with a {spawn_reply, ReqId, ok, Pid}
%% message (or the reply_tag given); options link/monitor/reply; spawn_request_abandon.
-module(processes_spawn_request).
-export([start/0, child/1]).
-include("../include/fixture_procs.hrl").

child(Parent) -> Parent ! {child_ran, self()}, receive stop -> ok end.

run() ->
    Self = self(),
    R1 = erlang:spawn_request(fun() -> Self ! {fun_ran, self()}, receive stop -> ok end end),
    {P1, Reply1} = receive {spawn_reply, R1, ok, Pid1} -> {Pid1, ok} end,
    Ran1 = receive {fun_ran, P1} -> yes end,
    R2 = erlang:spawn_request(?MODULE, child, [Self], [{reply_tag, my_tag}]),
    P2 = receive {my_tag, R2, ok, Pid2} -> Pid2 end,
    Ran2 = receive {child_ran, P2} -> yes end,
    %% monitor option: the reply comes first, the 'DOWN' uses the request id as reference.
    R3 = erlang:spawn_request(fun() -> exit(done3) end, [monitor]),
    P3 = receive {spawn_reply, R3, ok, Pid3} -> Pid3 end,
    D3 = receive {'DOWN', R3, process, P3, W3} -> W3 end,
    %% link option with trap_exit.
    process_flag(trap_exit, true),
    R4 = erlang:spawn_request(fun() -> exit(done4) end, [link]),
    P4 = receive {spawn_reply, R4, ok, Pid4} -> Pid4 end,
    E4 = receive {'EXIT', P4, W4} -> W4 end,
    process_flag(trap_exit, false),
    %% reply: no (no message at all), error_only, success_only.
    R5 = erlang:spawn_request(fun() -> ok end, [{reply, no}]),
    R6 = erlang:spawn_request(fun() -> ok end, [{reply, error_only}]),
    R7 = erlang:spawn_request(fun() -> ok end, [{reply, success_only}]),
    P7 = receive {spawn_reply, R7, ok, Pid7} -> is_pid(Pid7) end,
    NoReply = receive {spawn_reply, R, _, _} when R =:= R5; R =:= R6 -> unexpected after 100 -> none end,
    %% Bad arguments: some raise badarg, others return a request id whose reply is an error.
    Bad = [scrub(catching(fun() -> erlang:spawn_request(fun() -> ok end, id([bogus])) end), []),
           scrub(catching(fun() -> erlang:spawn_request(id(notfun)) end), []),
           scrub(catching(fun() -> erlang:spawn_request(?MODULE, child, id(notlist)) end), [])],
    BadReplies = lists:sort([{Err, Why} || {spawn_reply, _, Err, Why} <- [receive M -> M end, receive M2 -> M2 end]]),
    %% Abandoning a request that was already answered: false.
    R8 = erlang:spawn_request(fun() -> ok end),
    receive {spawn_reply, R8, ok, _} -> ok end,
    Abandon = erlang:spawn_request_abandon(R8),
    Abandon2 = erlang:spawn_request_abandon(make_ref()),
    [P ! stop || P <- [P1, P2]],
    {Reply1, Ran1, Ran2, D3, E4, P7, NoReply, Bad, BadReplies, Abandon, Abandon2,
     is_reference(R1), flush()}.

start() ->
    isolated(fun run/0).
