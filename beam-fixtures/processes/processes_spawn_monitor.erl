%% spawn_monitor/1,3 and the 'DOWN' reason for each way a process can end: returning, exit/1,
%% error/1 (reason plus stack trace), throw (nocatch), being killed, and ending by exit/2.
-module(processes_spawn_monitor).
-export([start/0, ends_with/1]).
-include("../include/fixture_procs.hrl").

ends_with(normal_return) -> done;
ends_with({exit, R}) -> exit(R);
ends_with({error, R}) -> erlang:error(R);
ends_with({throw, R}) -> throw(R);
ends_with(badmatch) -> 1 = id(2);
ends_with(function_clause) -> ends_with_clause(id(x));
ends_with(wait) -> receive never -> ok end.

ends_with_clause(y) -> ok.

down(Pid, Ref) ->
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

start() ->
    isolated(fun run/0).

run() ->
    quiet_logger(),
    Ways = [normal_return, {exit, normal}, {exit, shutdown}, {exit, {shutdown, x}},
            {exit, [1, 2, 3]}, {error, boom}, {error, {badmatch, 3}}, {throw, ball},
            badmatch, function_clause],
    Downs = [begin
                 {Pid, Ref} = spawn_monitor(?MODULE, ends_with, [W]),
                 {W, is_pid(Pid), is_reference(Ref), down(Pid, Ref)}
             end || W <- Ways],
    %% spawn_monitor/1 with a fun.
    {P1, R1} = spawn_monitor(fun() -> exit(fun_exit) end),
    D1 = down(P1, R1),
    %% Killed and exit/2-ed processes.
    {P2, R2} = spawn_monitor(?MODULE, ends_with, [wait]),
    exit(P2, kill),
    D2 = down(P2, R2),
    {P3, R3} = spawn_monitor(?MODULE, ends_with, [wait]),
    exit(P3, {custom, reason}),
    D3 = down(P3, R3),
    {P4, R4} = spawn_monitor(?MODULE, ends_with, [wait]),
    true = exit(P4, normal),       % ignored: P4 does not trap exits
    Alive4 = await_status(P4, waiting),
    exit(P4, stop_now),
    D4 = down(P4, R4),
    %% spawn_monitor/3 of an undefined function.
    {P5, R5} = spawn_monitor(?MODULE, fixture_no_such_function, []),
    D5 = down(P5, R5),
    %% The monitor is also visible in process_info while the child lives.
    {P6, R6} = spawn_monitor(?MODULE, ends_with, [wait]),
    {monitors, Ms} = process_info(self(), monitors),
    {monitored_by, By} = process_info(P6, monitored_by),
    Visible = {lists:member({process, P6}, Ms), By =:= [self()]},
    exit(P6, kill),
    D6 = down(P6, R6),
    Bad = [catching(fun() -> spawn_monitor(id(notfun)) end),
           catching(fun() -> spawn_monitor(id(m), id(f), id(notlist)) end)],
    {Downs, D1, D2, D3, Alive4, D4, D5, Visible, D6, Bad, flush()}.
