%% ets:give_away/3: the new owner gets {'ETS-TRANSFER', Tab, FromPid, GiftData} and the
%% protection follows the owner; only the owner may give, and only to another living process.
-module(ets_procs_give_away).
-export([start/0]).
-include("../include/fixture_procs.hrl").

receiver(Parent) ->
    spawn(fun Loop() ->
                  receive
                      {'ETS-TRANSFER', T, From, Gift} ->
                          Parent ! {got, self(), T, From =:= Parent, Gift, ets:info(T, owner) =:= self(),
                                    catching(fun() -> ets:insert(T, {by_receiver, 1}) end)},
                          Loop();
                      {give_back, T} ->
                          Parent ! {gave_back, ets:give_away(T, Parent, returned)},
                          Loop();
                      stop -> ok
                  end
          end).

run() ->
    Self = self(),
    R = receiver(Self),
    T = ets:new(ets_procs_give_away_t, [protected]),
    ets:insert(T, {k, 1}),
    G1 = ets:give_away(T, R, {a, gift}),
    Got = receive {got, R, T, FromMe, Gift, Owns, Insert} -> {FromMe, Gift, Owns, Insert} end,
    %% Now we are not the owner: a protected table is read-only for us.
    Mine = {ets:info(T, owner) =:= self(), catching(fun() -> ets:insert(T, {by_me, 1}) end),
            lists:sort(ets:tab2list(T))},
    NotOwner = catching(fun() -> ets:give_away(T, R, again) end),
    R ! {give_back, T},
    Back = receive {gave_back, Res} -> Res end,
    Returned = receive {'ETS-TRANSFER', T, FromR, Data} -> {FromR =:= R, Data} end,
    Ours = ets:info(T, owner) =:= self(),
    Dead = spawn_waiter(),
    normal = stop_waiter(Dead),
    Bad = [catching(fun() -> ets:give_away(T, self(), to_myself) end),
           catching(fun() -> ets:give_away(T, Dead, to_the_dead) end),
           catching(fun() -> ets:give_away(T, id(not_a_pid), x) end),
           catching(fun() -> ets:give_away(id(no_such_table_ets_procs), R, x) end)],
    %% A named table keeps its name through the move.
    N = ets:new(ets_procs_give_away_named, [named_table, public]),
    ets:give_away(N, R, named),
    NamedGot = receive {got, R, N, _, named, Owns2, _} -> Owns2 end,
    NameWorks = ets:whereis(ets_procs_give_away_named) =/= undefined,
    R ! stop,
    {G1, Got, Mine, NotOwner, Back, Returned, Ours, Bad, NamedGot, NameWorks, flush()}.

start() ->
    isolated(fun run/0).
