%% proc_lib: spawn_link/start_link with init_ack, the $ancestors and $initial_call entries,
%% proc_lib:initial_call/1 and translate_initial_call/1.
-module(otp_procs_proc_lib).
-export([start/0, init/1, loop/0]).
-include("../include/fixture_procs.hrl").

init(Parent) ->
    proc_lib:init_ack(Parent, {ok, self(), get('$ancestors') =:= [Parent], get('$initial_call')}),
    loop().

loop() ->
    receive
        {dict, From} -> From ! {dict, lists:sort([K || {K, _} <- get()])}, loop();
        stop -> ok
    end.

run() ->
    Self = self(),
    {ok, P, Ancestors, Initial} = proc_lib:start_link(?MODULE, init, [Self]),
    IC = proc_lib:initial_call(P),
    TIC = proc_lib:translate_initial_call(P),
    {initial_call, Raw} = process_info(P, initial_call),
    P ! {dict, self()},
    Keys = receive {dict, K} -> K end,
    unlink(P),
    normal = send_and_await_exit(P, stop),
    Q = proc_lib:spawn(fun() -> Self ! {spawned, get('$ancestors') =:= [Self], proc_lib:initial_call(self())} end),
    Spawned = receive {spawned, A, I} -> {A, I} end,
    _ = Q,
    {Ancestors, Initial, IC, TIC, Raw, Keys, Spawned}.

start() ->
    isolated(fun run/0).
