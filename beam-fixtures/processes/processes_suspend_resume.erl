%% erlang:suspend_process/1,2 and resume_process/1: a suspended process does not run (its
%% status is suspended, messages pile up), suspensions nest, resume lets it go on.
-module(processes_suspend_resume).
-export([start/0]).
-include("../include/fixture_procs.hrl").

counter(N) ->
    receive
        {add, K} -> counter(N + K);
        {get, From} -> From ! {count, self(), N}, counter(N)
    end.

count_of(P) ->
    P ! {get, self()},
    receive {count, P, N} -> N end.

run() ->
    P = spawn(fun() -> counter(0) end),
    waiting = await_status(P, waiting),
    S1 = erlang:suspend_process(P),
    St1 = process_info(P, status),
    [P ! {add, I} || I <- lists:seq(1, 10)],
    Len = process_info(P, message_queue_len),
    P ! {get, self()},
    Nothing = receive {count, P, _} -> answered after 100 -> no_answer_while_suspended end,
    %% Nested: two suspends need two resumes.
    S2 = erlang:suspend_process(P),
    R1 = erlang:resume_process(P),
    St2 = process_info(P, status),
    R2 = erlang:resume_process(P),
    Answer = receive {count, P, N} -> N end,
    N2 = count_of(P),
    %% suspend_process/2 with options.
    S3 = erlang:suspend_process(P, [unless_suspending]),
    S4 = erlang:suspend_process(P, [unless_suspending]),
    R3 = erlang:resume_process(P),
    Bad = [catching(fun() -> erlang:suspend_process(self()) end),
           catching(fun() -> erlang:resume_process(P) end),
           catching(fun() -> erlang:suspend_process(id(not_a_pid)) end),
           catching(fun() -> erlang:suspend_process(P, id([bogus])) end)],
    Dead = spawn_waiter(),
    normal = stop_waiter(Dead),
    DeadSuspend = catching(fun() -> erlang:suspend_process(Dead) end),
    {S1, St1, Len, Nothing, S2, R1, St2, R2, Answer, N2, S3, S4, R3, Bad, DeadSuspend}.

start() ->
    isolated(fun run/0).
