%% A named public table used by many processes: a registry-like service where workers insert
%% their results under their own keys and a reader collects them with select and match specs.
-module(ets_procs_shared_named).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    ets:new(ets_procs_shared_named_t, [named_table, public, ordered_set]),
    Self = self(),
    Workers = [spawn(fun() ->
                             [ets:insert(ets_procs_shared_named_t, {{I, J}, I * J, self() =:= self()})
                              || J <- lists:seq(1, 10)],
                             Self ! {done, self()}
                     end) || I <- lists:seq(1, 20)],
    [receive {done, W} -> ok end || W <- Workers],
    Size = ets:info(ets_procs_shared_named_t, size),
    First = ets:first(ets_procs_shared_named_t),
    Last = ets:last(ets_procs_shared_named_t),
    Big = ets:select(ets_procs_shared_named_t, [{{{'$1', '$2'}, '$3', '_'}, [{'>', '$3', 180}], [{{'$1', '$2', '$3'}}]}]),
    Count = ets:select_count(ets_procs_shared_named_t, [{{{'$1', '_'}, '_', '_'}, [{'==', '$1', 7}], [true]}]),
    %% Readers in other processes see the same thing.
    Readers = [spawn(fun() -> Self ! {read, self(), ets:lookup_element(ets_procs_shared_named_t, {I, I}, 2)} end)
               || I <- lists:seq(1, 5)],
    Squares = [receive {read, R, V} -> V end || R <- Readers],
    %% Deleted from another process.
    Deleter = spawn(fun() -> Self ! {deleted, ets:select_delete(ets_procs_shared_named_t,
                                                                [{{{'$1', '_'}, '_', '_'}, [{'>', '$1', 10}], [true]}])} end),
    Deleted = receive {deleted, D} -> D end,
    _ = Deleter,
    {Size, First, Last, Big, Count, Squares, Deleted, ets:info(ets_procs_shared_named_t, size)}.

start() ->
    isolated(fun run/0).
