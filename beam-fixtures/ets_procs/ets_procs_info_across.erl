%% ets:info/1,2, ets:all/0 and ets:whereis/1 as seen from other processes: owner, name,
%% named_table, protection, keypos, type, size; a table given away shows its new owner.
-module(ets_procs_info_across).
-export([start/0]).
-include("../include/fixture_procs.hrl").

elsewhere(Fun) ->
    Self = self(),
    P = spawn(fun() -> Self ! {elsewhere, self(), Fun()} end),
    receive {elsewhere, P, X} -> X end.

run() ->
    Self = self(),
    T = ets:new(ets_procs_info_across_t, [bag, protected, {keypos, 2}, named_table]),
    ets:insert(T, [{x, a, 1}, {y, a, 2}, {z, b, 3}]),
    Items = [owner, name, named_table, protection, keypos, type, size, heir],
    Seen = elsewhere(fun() -> [{I, case ets:info(T, I) of P when is_pid(P) -> P =:= Self; V -> V end}
                               || I <- Items] end),
    InAll = elsewhere(fun() -> lists:member(T, ets:all()) end),
    Where = elsewhere(fun() -> ets:whereis(ets_procs_info_across_t) =:= ets:whereis(ets_procs_info_across_t) end),
    U = ets:new(ets_procs_info_across_u, [set, public]),
    UInfo = elsewhere(fun() -> {ets:info(U, named_table), is_reference(U), ets:info(U, owner) =:= Self} end),
    Keys = [K || {K, _} <- ets:info(T)],
    ets:delete(U),
    AfterDelete = elsewhere(fun() -> {ets:info(U), lists:member(U, ets:all())} end),
    {Seen, InAll, Where, UInfo, lists:sort(Keys), AfterDelete}.

start() ->
    isolated(fun run/0).
