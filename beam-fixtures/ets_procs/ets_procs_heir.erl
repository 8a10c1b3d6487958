%% The heir option: when the owner dies the table goes to the heir, which gets
%% {'ETS-TRANSFER', Tab, FormerOwner, HeirData}; no heir (or a dead heir) means the table is
%% deleted; ets:setopts/2 changes the heir; the heir can pass it on again.
-module(ets_procs_heir).
-export([start/0]).
-include("../include/fixture_procs.hrl").

%% An heir that reports the transfer message it gets.
heir(Parent) ->
    spawn(fun Loop() ->
                  receive
                      {'ETS-TRANSFER', Tab, From, Data} ->
                          Parent ! {transferred, self(), Tab, From, Data,
                                    ets:info(Tab, owner) =:= self(), ets:lookup(Tab, k)},
                          Loop();
                      {give_up, Tab} -> ets:delete(Tab), Parent ! gave_up, Loop();
                      stop -> ok
                  end
          end).

owner(Parent, Opts) ->
    spawn(fun() ->
                  T = ets:new(ets_procs_heir_t, Opts),
                  ets:insert(T, {k, v}),
                  Parent ! {table, self(), T},
                  receive
                      {setopts, O} -> ets:setopts(T, O), Parent ! set, receive die -> ok end;
                      die -> ok
                  end
          end).

run() ->
    Self = self(),
    H = heir(Self),
    O1 = owner(Self, [{heir, H, my_heir_data}, public]),
    T1 = receive {table, O1, T} -> T end,
    HeirInfo = ets:info(T1, heir) =:= H,
    O1 ! die,
    Got1 = receive {transferred, H, T1, From1, Data1, Owns1, L1} -> {From1 =:= O1, Data1, Owns1, L1} end,
    Alive1 = ets:info(T1, owner) =:= H,
    HeirAfter = ets:info(T1, heir) =:= H,    % the new owner is still named heir
    %% setopts: add an heir later, then remove it again.
    O2 = owner(Self, [public]),
    T2 = receive {table, O2, TT} -> TT end,
    NoHeir = ets:info(T2, heir),
    O2 ! {setopts, {heir, H, later}},
    receive set -> ok end,
    SetHeir = ets:info(T2, heir) =:= H,
    O2 ! die,
    Got2 = receive {transferred, H, T2, _, Data2, Owns2, _} -> {Data2, Owns2} end,
    O3 = owner(Self, [public, {heir, H, x}]),
    T3 = receive {table, O3, T3x} -> T3x end,
    O3 ! {setopts, {heir, none}},
    receive set -> ok end,
    R3 = erlang:monitor(process, O3),
    O3 ! die,
    receive {'DOWN', R3, process, O3, _} -> ok end,
    Deleted3 = ets:info(T3),
    %% A dead heir: the table is deleted with its owner.
    DeadHeir = spawn_waiter(),
    O4 = owner(Self, [public, {heir, DeadHeir, y}]),
    T4 = receive {table, O4, T4x} -> T4x end,
    normal = stop_waiter(DeadHeir),
    R4 = erlang:monitor(process, O4),
    O4 ! die,
    receive {'DOWN', R4, process, O4, _} -> ok end,
    Deleted4 = ets:info(T4),
    %% The heir gives the inherited table up.
    H ! {give_up, T1},
    receive gave_up -> ok end,
    Deleted1 = ets:info(T1),
    Bad = [catching(fun() -> ets:new(ets_procs_heir_bad, [{heir, id(not_a_pid), x}]) end),
           catching(fun() -> ets:new(ets_procs_heir_bad, [{heir, self()}]) end),
           catching(fun() -> ets:setopts(T2, {heir, id(self_atom), x}) end)],
    H ! stop,
    {HeirInfo, Got1, Alive1, HeirAfter, NoHeir, SetHeir, Got2, Deleted3, Deleted4, Deleted1,
     Bad, flush()}.

start() ->
    isolated(fun run/0).
