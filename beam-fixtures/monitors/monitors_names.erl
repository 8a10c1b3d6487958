%% Monitoring a registered name: the monitor follows the process that had the name when it
%% was made; 'DOWN' names it {Name, Node}; process_info shows it that way too.
-module(monitors_names).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    A = spawn_waiter(),
    true = register(monitors_names_a, A),
    R1 = erlang:monitor(process, monitors_names_a),
    R2 = erlang:monitor(process, {monitors_names_a, node()}),
    {monitors, Ms} = process_info(self(), monitors),
    {monitored_by, By} = process_info(A, monitored_by),
    %% Move the name to another process: the monitors stay with A.
    true = unregister(monitors_names_a),
    B = spawn_waiter(),
    true = register(monitors_names_a, B),
    normal = stop_waiter(A),
    D1 = receive {'DOWN', R1, process, O1, W1} -> {O1, W1} end,
    D2 = receive {'DOWN', R2, process, O2, W2} -> {O2, W2} end,
    BAlive = is_process_alive(B),
    R3 = erlang:monitor(process, monitors_names_a),
    exit(B, {shutdown, b}),
    D3 = receive {'DOWN', R3, process, O3, W3} -> {O3, W3} end,
    Gone = whereis(monitors_names_a),
    Bad = [catching(fun() -> erlang:monitor(process, id({monitors_names_a, id(other@host), x})) end),
           catching(fun() -> erlang:monitor(process, id({"name", node()})) end)],
    {lists:sort(scrub(Ms, [{A, a}])), scrub(By, [{self(), me}]), D1, D2, BAlive, D3, Gone, Bad}.

start() ->
    isolated(fun run/0).
