%% A table dies with its owner (however the owner ends): its id and name stop working, its
%% name can be reused; tables of other processes are untouched.
-module(ets_procs_owner_dies).
-export([start/0]).
-include("../include/fixture_procs.hrl").

%% A process that creates a table, hands out its id, and waits to be told how to end.
owner(Opts) ->
    Self = self(),
    P = spawn(fun() ->
                      T = ets:new(ets_procs_owner_dies_t, Opts),
                      ets:insert(T, [{a, 1}, {b, 2}]),
                      Self ! {table, self(), T},
                      receive {die, How} -> How() end
              end),
    receive {table, P, T} -> {P, T} end.

run() ->
    quiet_logger(),
    Ways = [{normal, fun() -> ok end}, {exit, fun() -> exit(bye) end},
            {error, fun() -> erlang:error(oops) end}, {kill, kill}],
    Results =
        [begin
             {P, T} = owner([set, public]),
             Before = {ets:lookup(T, a), ets:info(T, size), ets:info(T, owner) =:= P},
             R = erlang:monitor(process, P),
             case How of kill -> exit(P, kill); _ -> P ! {die, How} end,
             receive {'DOWN', R, process, P, _} -> ok end,
             After = {ets:info(T), catching(fun() -> ets:lookup(T, a) end),
                      catching(fun() -> ets:insert(T, {c, 3}) end),
                      lists:member(T, ets:all())},
             {Tag, Before, After}
         end || {Tag, How} <- Ways],
    %% A named table: the name is free again once the owner is gone.
    {P2, T2} = owner([named_table, public]),
    Named = {T2, ets:whereis(ets_procs_owner_dies_t) =/= undefined},
    normal = send_and_await_exit(P2, {die, fun() -> ok end}),
    Freed = {ets:whereis(ets_procs_owner_dies_t), ets:info(ets_procs_owner_dies_t),
             catching(fun() -> ets:lookup(ets_procs_owner_dies_t, a) end)},
    Mine = ets:new(ets_procs_owner_dies_t, [named_table]),
    Reused = ets:info(Mine, owner) =:= self(),
    %% Our own table survives the death of others.
    {P3, _} = owner([set]),
    ets:insert(Mine, {still, here}),
    normal = send_and_await_exit(P3, {die, fun() -> ok end}),
    Survives = ets:lookup(Mine, still),
    {Results, Named, Freed, Reused, Survives}.

start() ->
    isolated(fun run/0).
