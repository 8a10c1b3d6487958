%% The errors of the registry: a name in use, a process that already has a name, the atom
%% undefined, a dead process, non-atoms; unregistering a free name; sending to a free name.
-module(registry_errors).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    A = spawn_waiter(),
    B = spawn_waiter(),
    true = register(registry_errors_a, A),
    Dead = spawn_waiter(),
    normal = stop_waiter(Dead),
    Errors =
        [{name_taken, catching(fun() -> register(registry_errors_a, B) end)},
         {has_a_name, catching(fun() -> register(registry_errors_other, A) end)},
         {same_again, catching(fun() -> register(registry_errors_a, A) end)},
         {undefined, catching(fun() -> register(undefined, B) end)},
         {dead, catching(fun() -> register(registry_errors_dead, Dead) end)},
         {not_atom, catching(fun() -> register(id("name"), B) end)},
         {not_pid, catching(fun() -> register(registry_errors_b, id(self_atom)) end)},
         {unregister_free, catching(fun() -> unregister(registry_errors_nobody) end)},
         {unregister_not_atom, catching(fun() -> unregister(id(123)) end)},
         {whereis_free, catching(fun() -> whereis(registry_errors_nobody) end)},
         {whereis_not_atom, catching(fun() -> whereis(id("a")) end)},
         {send_free, catching(fun() -> registry_errors_nobody ! hello end)},
         {send_tuple_free, catching(fun() -> {registry_errors_nobody, node()} ! hello end)},
         {send2_free, catching(fun() -> erlang:send(registry_errors_nobody, hello) end)},
         {send3_free, catching(fun() -> erlang:send(registry_errors_nobody, hello, []) end)},
         {send_not_dest, catching(fun() -> id("a string") ! hello end)},
         {send_bad_tuple, catching(fun() -> {registry_errors_a, node(), x} ! hello end)},
         {send_int, catching(fun() -> id(42) ! hello end)}],
    %% Nothing above disturbed the registered process.
    Still = whereis(registry_errors_a) =:= A,
    unregister(registry_errors_a),
    [normal = stop_waiter(P) || P <- [A, B]],
    {Errors, Still, flush()}.

start() ->
    isolated(fun run/0).
