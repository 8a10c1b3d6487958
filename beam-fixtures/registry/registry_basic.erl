%% register/2, whereis/1, unregister/1, registered/0 and sending by name.
-module(registry_basic).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    W = spawn_waiter(),
    R1 = register(registry_basic_w, W),
    Where = whereis(registry_basic_w) =:= W,
    Listed = lists:member(registry_basic_w, registered()),
    AllAtoms = lists:all(fun is_atom/1, registered()),
    Info = process_info(W, registered_name),
    %% Send by name, by {Name, node()} and with erlang:send/2.
    registry_basic_w ! {ping, self()},
    P1 = receive {pong, W} -> pong end,
    {registry_basic_w, node()} ! {ping, self()},
    P2 = receive {pong, W} -> pong end,
    erlang:send(registry_basic_w, {ping, self()}),
    P3 = receive {pong, W} -> pong end,
    Ret = (registry_basic_w ! hello_ignored),
    U1 = unregister(registry_basic_w),
    Gone = whereis(registry_basic_w),
    NotListed = lists:member(registry_basic_w, registered()),
    Info2 = process_info(W, registered_name),
    %% The same name again, on the same process, then on another.
    R2 = register(registry_basic_w, W),
    unregister(registry_basic_w),
    W2 = spawn_waiter(),
    R3 = register(registry_basic_w, W2),
    Moved = whereis(registry_basic_w) =:= W2,
    %% A process may register itself.
    Self = self(),
    P4 = spawn(fun() -> register(registry_basic_self, self()), Self ! registered,
                        receive {ping, From} -> From ! {pong, self()} end end),
    receive registered -> ok end,
    registry_basic_self ! {ping, self()},
    Pong4 = receive {pong, P4} -> pong end,
    unregister(registry_basic_w),
    normal = stop_waiter(W),
    normal = stop_waiter(W2),
    {R1, Where, Listed, AllAtoms, Info, P1, P2, P3, Ret, U1, Gone, NotListed, Info2, R2, R3,
     Moved, Pong4}.

start() ->
    isolated(fun run/0).
