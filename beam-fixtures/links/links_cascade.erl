%% A crash cascading through a chain of links: every non-trapping process on the chain dies
%% with the same reason; a trapping process stops the cascade and gets the message; a kill
%% sent with exit/2 arrives along links as killed.
-module(links_cascade).
-export([start/0]).
-include("../include/fixture_procs.hrl").

%% Builds a chain of N processes, each linked to the next; the last one waits for an order
%% to die. Returns the pids, head first. Trap says which positions trap exits.
chain(N, Trap) ->
    Self = self(),
    First = spawn(fun() -> link_next(1, N, Trap, Self) end),
    collect_chain(N, First, []).

link_next(I, N, Trap, Top) ->
    process_flag(trap_exit, lists:member(I, Trap)),
    Top ! {member, I, self()},
    Next = if I < N -> spawn_link(fun() -> link_next(I + 1, N, Trap, Top) end);
              true -> none
           end,
    member_loop(I, Next, Top).

member_loop(I, Next, Top) ->
    receive
        {die, Reason} -> exit(Reason);
        {'EXIT', From, Why} -> Top ! {trapped, I, From =:= Next, Why}, member_loop(I, Next, Top)
    end.

collect_chain(0, _, Acc) -> [P || {_, P} <- lists:sort(Acc)];
collect_chain(N, First, Acc) ->
    receive {member, I, P} -> collect_chain(N - 1, First, [{I, P} | Acc]) end.

%% Monitors everyone, triggers the crash, and returns the exit reason of each position in
%% Dies, the {'EXIT'} message a trapping member reported (if any), and which others live.
cascade(N, Trap, Dies, Trigger) ->
    Chain = chain(N, Trap),
    %% Everyone is linked to its neighbours before the crash: wait until all are in receive.
    [waiting = await_status(P, waiting) || P <- Chain],
    Refs = [{I, P, erlang:monitor(process, P)} || {I, P} <- lists:zip(lists:seq(1, N), Chain)],
    Trigger(Chain),
    Exits = [{I, receive {'DOWN', Ref, process, P, W} -> W end} || {I, P, Ref} <- Refs, lists:member(I, Dies)],
    Trapped = [receive {trapped, I, FromNext, Why} -> {I, FromNext, Why} after 300 -> {I, none} end
               || I <- Trap],
    Survivors = [{I, is_process_alive(P)} || {I, P, _} <- Refs, not lists:member(I, Dies)],
    [kill_and_wait(P) || {I, P, Ref} <- Refs, not lists:member(I, Dies), erlang:demonitor(Ref, [flush])],
    {Exits, Trapped, Survivors}.

run() ->
    Tail = fun(Reason) -> fun(Chain) -> lists:last(Chain) ! {die, Reason} end end,
    {cascade(10, [], lists:seq(1, 10), Tail(boom)),
     cascade(10, [4], lists:seq(5, 10), Tail({crash, here})),
     cascade(6, [], lists:seq(1, 6), fun(Chain) -> exit(lists:nth(3, Chain), kill) end),
     cascade(6, [2], lists:seq(3, 6), fun(Chain) -> exit(lists:nth(5, Chain), kill) end),
     cascade(5, [], [5], Tail(normal)),
     cascade(5, [3], [5], Tail(normal)),
     cascade(8, [1], lists:seq(2, 8), Tail(shutdown)),
     cascade(4, [], lists:seq(1, 4), fun([First | _]) -> First ! {die, from_the_head} end)}.

start() ->
    isolated(fun run/0).
