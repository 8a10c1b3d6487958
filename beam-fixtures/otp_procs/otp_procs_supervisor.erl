%% The real OTP supervisor: one_for_one children restarted after crashes, which_children
%% and count_children, terminate_child/restart_child/delete_child, a temporary child that
%% is not restarted, and the restart intensity limit shutting the supervisor down.
-module(otp_procs_supervisor).
-behaviour(supervisor).
-export([start/0, init/1, start_worker/1, worker_loop/1]).
-include("../include/fixture_procs.hrl").

init({Intensity, Children}) ->
    {ok, {#{strategy => one_for_one, intensity => Intensity, period => 3600},
          [#{id => Id, start => {?MODULE, start_worker, [Id]}, restart => Restart}
           || {Id, Restart} <- Children]}}.

start_worker(Id) ->
    {ok, spawn_link(?MODULE, worker_loop, [Id])}.

worker_loop(Id) ->
    receive
        {crash, Why} -> exit(Why);
        {ping, From} -> From ! {pong, Id}, worker_loop(Id)
    end.

child_pid(Sup, Id) ->
    {Id, Pid, _, _} = lists:keyfind(Id, 1, supervisor:which_children(Sup)),
    Pid.

crash(Sup, Id, Why) ->
    Old = child_pid(Sup, Id),
    R = erlang:monitor(process, Old),
    Old ! {crash, Why},
    receive {'DOWN', R, process, Old, _} -> ok end,
    wait_new(Sup, Id, Old).

%% Polls which_children until the supervisor has dealt with the old child's exit.
wait_new(Sup, Id, Old) ->
    case lists:keyfind(Id, 1, supervisor:which_children(Sup)) of
        {Id, Old, _, _} -> erlang:yield(), wait_new(Sup, Id, Old);
        {Id, P, _, _} when is_pid(P) -> restarted;
        {Id, Other, _, _} -> {not_running, Other};
        false -> removed
    end.

ping(Sup, Id) ->
    child_pid(Sup, Id) ! {ping, self()},
    receive {pong, Id} -> pong end.

run() ->
    quiet_logger(),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, {3, [{a, permanent}, {b, transient}, {c, temporary}]}),
    Kids = [{Id, is_pid(P), Type, Mods} || {Id, P, Type, Mods} <- supervisor:which_children(Sup)],
    Counts = supervisor:count_children(Sup),
    R1 = crash(Sup, a, boom),
    P1 = ping(Sup, a),
    R2 = crash(Sup, b, {shutdown, planned}),   % transient + shutdown reason: not restarted
    Gone = [Id || {Id, undefined, _, _} <- supervisor:which_children(Sup)],
    R3 = crash(Sup, c, boom),                  % temporary: removed
    AfterC = [Id || {Id, _, _, _} <- supervisor:which_children(Sup)],
    T = supervisor:terminate_child(Sup, a),
    Stopped = [Id || {Id, undefined, _, _} <- supervisor:which_children(Sup)],
    RS = element(1, supervisor:restart_child(Sup, a)),
    P2 = ping(Sup, a),
    DelRunning = supervisor:delete_child(Sup, a),
    ok = supervisor:terminate_child(Sup, a),
    Del = supervisor:delete_child(Sup, a),
    Missing = supervisor:terminate_child(Sup, a),
    exit(Sup, shutdown),
    Stop = receive {'EXIT', Sup, Why} -> Why end,
    %% Too many restarts: intensity 1, two crashes.
    {ok, Sup2} = supervisor:start_link(?MODULE, {1, [{x, permanent}]}),
    crash(Sup2, x, one),
    X = child_pid(Sup2, x),
    X ! {crash, two},
    Shutdown = receive {'EXIT', Sup2, Why2} -> Why2 end,
    {Kids, Counts, R1, P1, R2, Gone, R3, AfterC, T, Stopped, RS, P2, DelRunning, Del,
     Missing, Stop, Shutdown}.

start() ->
    isolated(fun run/0).
