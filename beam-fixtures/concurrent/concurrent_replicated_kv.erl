%% A primary key-value store that replicates every write to three replicas and answers the
%% client only when all have acknowledged; reads from any replica after that see the write.
%% A replica that dies is dropped from the set (monitor) and writes carry on.
-module(concurrent_replicated_kv).
-export([start/0]).
-include("../include/fixture_procs.hrl").

primary(Replicas, Store) ->
    receive
        {put, K, V, From} ->
            Ref = make_ref(),
            [R ! {replicate, Ref, K, V, self()} || R <- Replicas],
            Acked = [receive {ack, Ref, R} -> R; {'DOWN', _, process, R, _} -> gone end || R <- Replicas],
            Live = [R || R <- Acked, R =/= gone],
            From ! {put_done, K, length(Live)},
            primary(Live, Store#{K => V});
        {replicas, From} -> From ! {replicas, Replicas}, primary(Replicas, Store);
        {'DOWN', _, process, R, _} -> primary(Replicas -- [R], Store)
    end.

replica(Store) ->
    receive
        {replicate, Ref, K, V, From} -> From ! {ack, Ref, self()}, replica(Store#{K => V});
        {get, K, From} -> From ! {value, self(), maps:get(K, Store, undefined)}, replica(Store);
        die -> exit(crashed)
    end.

read(R, K) ->
    R ! {get, K, self()},
    receive {value, R, V} -> V end.

run() ->
    Replicas = [spawn(fun() -> replica(#{}) end) || _ <- [1, 2, 3]],
    Self = self(),
    P = spawn(fun() -> [erlang:monitor(process, R) || R <- Replicas], Self ! ready, primary(Replicas, #{}) end),
    receive ready -> ok end,
    Put = fun(K, V) -> P ! {put, K, V, self()}, receive {put_done, K, N} -> N end end,
    A = [Put(K, K * 10) || K <- lists:seq(1, 20)],
    Reads = [[read(R, K) || R <- Replicas] || K <- [1, 10, 20, 21]],
    [R1 | Rest] = Replicas,
    Ref = erlang:monitor(process, R1),
    R1 ! die,
    receive {'DOWN', Ref, process, R1, _} -> ok end,
    B = Put(30, 300),     % 2 or, if the primary had not seen the 'DOWN' yet, still 2 acks
    C = [read(R, 30) || R <- Rest],
    {A, Reads, B, C}.

start() ->
    isolated(fun run/0).
