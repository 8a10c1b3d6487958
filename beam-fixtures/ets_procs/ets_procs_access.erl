%% Access rights between processes: public tables can be read and written by anyone,
%% protected ones read by anyone but written only by the owner, private ones touched only
%% by the owner; the errors are badarg.
-module(ets_procs_access).
-export([start/0]).
-include("../include/fixture_procs.hrl").

%% Runs Fun in another process and returns its {ok, _} or {error, _}.
elsewhere(Fun) ->
    Self = self(),
    {P, R} = spawn_monitor(fun() -> Self ! {elsewhere, self(), catching(Fun)} end),
    Result = receive {elsewhere, P, X} -> X end,
    receive {'DOWN', R, process, P, _} -> ok end,
    Result.

ops(T) ->
    [{lookup, elsewhere(fun() -> ets:lookup(T, k) end)},
     {member, elsewhere(fun() -> ets:member(T, k) end)},
     {info_size, elsewhere(fun() -> ets:info(T, size) end)},
     {tab2list, elsewhere(fun() -> ets:tab2list(T) end)},
     {match, elsewhere(fun() -> ets:match_object(T, {'_', '_'}) end)},
     {select, elsewhere(fun() -> ets:select(T, [{{'$1', '_'}, [], ['$1']}]) end)},
     {first, elsewhere(fun() -> ets:first(T) end)},
     {insert, elsewhere(fun() -> ets:insert(T, {other, 1}) end)},
     {insert_new, elsewhere(fun() -> ets:insert_new(T, {other2, 1}) end)},
     {update_counter, elsewhere(fun() -> ets:update_counter(T, k, 1) end)},
     {delete_key, elsewhere(fun() -> ets:delete(T, nothing) end)},
     {delete_all, elsewhere(fun() -> ets:delete_all_objects(T) end)},
     {delete_table, elsewhere(fun() -> ets:delete(T) end)}].

run() ->
    Results =
        [begin
             T = ets:new(ets_procs_access_t, [set, Access]),
             ets:insert(T, {k, 1}),
             Info = ets:info(T, protection),
             Ops = ops(T),
             Left = case ets:info(T) of undefined -> deleted; _ -> lists:sort(ets:tab2list(T)) end,
             {Access, Info, Ops, Left}
         end || Access <- [public, protected, private]],
    %% The default is protected.
    D = ets:new(ets_procs_access_default, []),
    Default = ets:info(D, protection),
    {Results, Default}.

start() ->
    isolated(fun run/0).
