%% The process dictionary seen from outside (process_info dictionary) as a process changes
%% it; erase/0 and erase/1 inside; dictionaries are per process and start empty.
-module(processes_dictionary_others).
-export([start/0]).
-include("../include/fixture_procs.hrl").

keeper() ->
    receive
        {put, K, V, From} -> From ! {old, put(K, V)}, keeper();
        {erase, K, From} -> From ! {erased, erase(K)}, keeper();
        {erase_all, From} -> From ! {erased_all, lists:sort(erase())}, keeper();
        {get_keys, V, From} -> From ! {keys, lists:sort(get_keys(V))}, keeper();
        stop -> ok
    end.

dict(P) ->
    {dictionary, D} = process_info(P, dictionary),
    lists:sort(D).

ask(P, Msg) ->
    P ! erlang:append_element(Msg, self()),
    receive {_, X} -> X end.

run() ->
    put(mine, not_shared),
    P = spawn(fun keeper/0),
    D0 = dict(P),
    O1 = ask(P, {put, a, 1}),
    O2 = ask(P, {put, b, 2}),
    O3 = ask(P, {put, a, 3}),
    O4 = ask(P, {put, {tuple, key}, [list, value]}),
    O5 = ask(P, {put, c, 3}),
    D1 = dict(P),
    K = ask(P, {get_keys, 3}),
    E1 = ask(P, {erase, b}),
    E2 = ask(P, {erase, b}),
    D2 = dict(P),
    All = ask(P, {erase_all}),
    D3 = dict(P),
    normal = send_and_await_exit(P, stop),
    Gone = process_info(P, dictionary),
    {D0, O1, O2, O3, O4, O5, D1, K, E1, E2, D2, All, D3, Gone, get(mine)}.

start() ->
    isolated(fun run/0).
