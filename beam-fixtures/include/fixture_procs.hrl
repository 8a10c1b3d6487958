%% Helpers shared by the fixtures with processes (processes, messages, links, monitors,
%% registry, timers, io, code_loading, ets_procs, concurrent, ...). Included, so that every
%% fixture is still one self-contained module. See ../README.md.
-compile({nowarn_unused_function, [{catching, 1}, {await_exit, 1}, {await_status, 2}, {await_status, 3},
                                   {scrub, 2}, {flush, 0}, {quiet_logger, 0}, {id, 1},
                                   {spawn_waiter, 0}, {stop_waiter, 1}, {kill_and_wait, 1}, {send_and_await_exit, 2}, {down, 1}, {await_message, 1}, {await_message, 2}, {isolated, 1}]}).

%% Runs Body in a fresh process and returns what it returns (or {crashed, Reason}).
%% The process that calls start/0 differs between runners: under `erl -eval` it traps exits
%% and is linked to init, in `regen --check`'s shared node it does neither. Fixtures that look
%% at links, monitors or trap_exit run their body here, where everything starts clean.
isolated(Body) ->
    {Pid, Ref} = spawn_monitor(fun() -> exit({isolated_result, Body()}) end),
    receive
        {'DOWN', Ref, process, Pid, {isolated_result, Result}} -> Result;
        {'DOWN', Ref, process, Pid, Reason} -> {crashed, Reason}
    end.

id(X) -> X.

%% {ok, Value} or {Class, Reason} (no stack trace: it may name pids or other modules).
catching(F) ->
    try {ok, F()} catch Class:Reason -> {Class, Reason} end.

%% Waits for Pid to end and returns its exit reason (noproc if it was gone already, which
%% is racy unless Pid cannot end before it is asked to: use it on processes blocked in receive).
await_exit(Pid) ->
    Ref = erlang:monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

%% Polls until process_info(Pid, status) is Want (e.g. waiting: blocked in receive), so that a
%% fixture never depends on how far another process got on another scheduler. Returns Want,
%% or {gave_up, Status} after about ten seconds.
await_status(Pid, Want) -> await_status(Pid, Want, 0).

await_status(Pid, Want, N) ->
    case erlang:process_info(Pid, status) of
        {status, Want} -> Want;
        Other when N >= 10000 -> {gave_up, Other};
        _ when N < 100 -> erlang:yield(), await_status(Pid, Want, N + 1);
        _ -> receive after 1 -> await_status(Pid, Want, N + 1) end
    end.

%% T with every pid, reference and port replaced by something printable and stable: a pid or
%% reference listed in Names ([{PidOrRef, Name}]) by its Name, others by 'PID', 'REF', 'PORT'.
scrub(T, Names) when is_pid(T); is_reference(T); is_port(T) ->
    case lists:keyfind(T, 1, Names) of
        {_, Name} -> Name;
        false when is_pid(T) -> 'PID';
        false when is_reference(T) -> 'REF';
        false -> 'PORT'
    end;
scrub([H | T], Names) -> [scrub(H, Names) | scrub(T, Names)];
scrub(T, Names) when is_tuple(T) -> list_to_tuple(scrub(tuple_to_list(T), Names));
scrub(T, Names) when is_map(T) ->
    maps:from_list([{scrub(K, Names), scrub(V, Names)} || {K, V} <- maps:to_list(T)]);
scrub(T, _) -> T.

%% Polls until a message for which Pred is true is in our mailbox (without taking it out):
%% signals from different senders, or several sent by one process as it dies, may arrive in
%% any order, and this waits for one of them without disturbing the queue.
await_message(Pred) -> await_message(Pred, 0).

await_message(Pred, N) ->
    {messages, Ms} = erlang:process_info(self(), messages),
    case lists:any(Pred, Ms) of
        true -> ok;
        false when N >= 10000 -> gave_up;
        false when N < 100 -> erlang:yield(), await_message(Pred, N + 1);
        false -> receive after 1 -> await_message(Pred, N + 1) end
    end.

%% Every message now in the mailbox, oldest first; leaves it empty.
flush() ->
    receive M -> [M | flush()] after 0 -> [] end.

%% Processes that crash with an error or a throw make OTP's logger print an error report
%% (with pids and a timestamp) to stdout, asynchronously. Fixtures that crash processes on
%% purpose switch the logger off first.
quiet_logger() ->
    ok = logger:set_primary_config(level, none).

%% A process that waits in receive until told to stop (it answers {stopped, Self}).
spawn_waiter() ->
    spawn(fun Loop() ->
                  receive
                      {stop, From} -> From ! {stopped, self()};
                      {ping, From} -> From ! {pong, self()}, Loop()
                  end
          end).

stop_waiter(Pid) ->
    Ref = erlang:monitor(process, Pid),
    Pid ! {stop, self()},
    receive {stopped, Pid} -> ok end,
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

%% Sends Msg to Pid (which ends on it) and returns its exit reason; the monitor comes first.
send_and_await_exit(Pid, Msg) ->
    Ref = erlang:monitor(process, Pid),
    Pid ! Msg,
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

%% The exit reason of a process started by spawn_monitor: down(spawn_monitor(...)).
down({Pid, Ref}) ->
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

%% Kills Pid and waits until it is gone: the monitor comes first, so the reason is killed
%% (a monitor set up after the kill signal would see noproc).
kill_and_wait(Pid) ->
    Ref = erlang:monitor(process, Pid),
    exit(Pid, kill),
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.
