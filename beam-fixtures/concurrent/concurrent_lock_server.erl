%% A mutex server with a FIFO wait queue: clients hold the lock for a read-modify-write of a
%% shared counter kept in another process; with the lock no update is lost, and at most one
%% client is ever inside. The holder dying releases the lock (monitor).
-module(concurrent_lock_server).
-export([start/0]).
-include("../include/fixture_procs.hrl").

lock(free, [], Stats) ->
    receive
        {acquire, P} -> grant(P, [], Stats);
        {stats, From} -> From ! {stats, Stats}
    end;
lock({held, P, Ref}, Queue, Stats) ->
    receive
        {acquire, Q} -> lock({held, P, Ref}, Queue ++ [Q], Stats);
        {release, P} -> erlang:demonitor(Ref, [flush]), next(Queue, Stats);
        {'DOWN', Ref, process, P, _} -> next(Queue, Stats#{holder_died => maps:get(holder_died, Stats, 0) + 1})
    end.

grant(P, Queue, Stats) ->
    Ref = erlang:monitor(process, P),
    P ! granted,
    lock({held, P, Ref}, Queue, Stats#{grants => maps:get(grants, Stats, 0) + 1}).

next([], Stats) -> lock(free, [], Stats);
next([Q | Rest], Stats) -> grant(Q, Rest, Stats).

cell(V, Inside) ->
    receive
        {get, From} -> From ! {value, V}, cell(V, Inside);
        {set, X} -> cell(X, Inside);
        {enter, From} -> From ! {inside, Inside + 1}, cell(V, Inside + 1);
        leave -> cell(V, Inside - 1)
    end.

client(Lock, Cell, Times, Parent) ->
    case [begin
         Lock ! {acquire, self()},
         receive granted -> ok end,
         Cell ! {enter, self()},
         Inside = receive {inside, I} -> I end,
         Cell ! {get, self()},
         V = receive {value, X} -> X end,
         erlang:yield(),
         Cell ! {set, V + 1},
         Cell ! leave,
         Lock ! {release, self()},
         Inside
     end || _ <- lists:seq(1, Times)]
    of
        Seen -> Parent ! {client_done, self(), case lists:usort(Seen) of [1] -> alone; S -> S end}
    end.

run() ->
    Lock = spawn(fun() -> lock(free, [], #{}) end),
    Cell = spawn(fun() -> cell(0, 0) end),
    Self = self(),
    Clients = [spawn(fun() -> client(Lock, Cell, 100, Self) end) || _ <- lists:seq(1, 10)],
    Alone = lists:usort([receive {client_done, C, A} -> A end || C <- Clients]),
    %% A holder that dies without releasing.
    Dier = spawn(fun() -> Lock ! {acquire, self()}, receive granted -> exit(died_holding) end end),
    Waiter = spawn(fun() -> Lock ! {acquire, self()}, receive granted -> Self ! got_it_after_death end end),
    _ = {Dier, Waiter},
    After = receive got_it_after_death -> got_it_after_death end,
    Cell ! {get, self()},
    Value = receive {value, V} -> V end,
    %% The waiter never releases: wait for it to end, then the lock notices.
    Stats = wait_stats(Lock),
    {Alone, Value, After, Stats}.

wait_stats(Lock) ->
    Lock ! {stats, self()},
    receive {stats, S} -> S after 100 -> wait_stats(Lock) end.

start() ->
    isolated(fun run/0).
