%% A name is freed when its process dies, however it dies; by the time a monitor's 'DOWN'
%% arrives, whereis/1 no longer finds it and the name can be taken again.
-module(registry_death).
-export([start/0]).
-include("../include/fixture_procs.hrl").

named_waiter(Name) ->
    Self = self(),
    P = spawn(fun() -> register(Name, self()), Self ! {named, self()},
                       receive {die, How} -> How() end end),
    receive {named, P} -> P end.

run() ->
    quiet_logger(),
    Ways = [{normal, fun() -> ok end},
            {exit, fun() -> exit(bye) end},
            {error, fun() -> erlang:error(oops) end},
            {kill, kill}],
    Results =
        [begin
             P = named_waiter(registry_death_n),
             Before = whereis(registry_death_n) =:= P,
             R = erlang:monitor(process, P),
             case How of
                 kill -> exit(P, kill);
                 _ -> P ! {die, How}
             end,
             Reason = receive {'DOWN', R, process, P, W} when is_tuple(W) -> element(1, W);
                              {'DOWN', R, process, P, W} -> W end,
             {Tag, Before, Reason, whereis(registry_death_n),
              lists:member(registry_death_n, registered())}
         end || {Tag, How} <- Ways],
    %% The freed name can be registered at once.
    W = spawn_waiter(),
    Again = register(registry_death_n, W),
    unregister(registry_death_n),
    normal = stop_waiter(W),
    %% A process that unregisters itself and then dies.
    P2 = named_waiter(registry_death_m),
    R2 = send_and_await_exit(P2, {die, fun() -> unregister(registry_death_m) end}),
    {Results, Again, R2, whereis(registry_death_m)}.

start() ->
    isolated(fun run/0).
