%% process_info/2 for each item on a process waiting in receive, with known links, monitors,
%% messages, dictionary, name and flags. Sizes and counts that are OTP's business (heap_size,
%% reductions, stack_size, memory) are only checked for sign and order.
-module(processes_info_items).
-export([start/0, target/1, target_loop/0]).
-include("../include/fixture_procs.hrl").

target(Parent) ->
    put(colour, blue),
    put({key, 1}, [1, 2, 3]),
    process_flag(trap_exit, true),
    process_flag(priority, high),
    register(processes_info_items_target, self()),
    Parent ! {ready, self()},
    target_loop().

target_loop() ->
    receive
        {only_this, From} -> From ! {done, self()}
    end.

run() ->
    Self = self(),
    T = spawn(?MODULE, target, [Self]),
    receive {ready, T} -> ok end,
    link(T),
    Watcher = spawn_waiter(),
    MonRef = erlang:monitor(process, T),
    WatcherMon = spawn(fun() -> erlang:monitor(process, T), Self ! watching, receive stop -> ok end end),
    receive watching -> ok end,
    Mon2 = erlang:monitor(process, Watcher),
    T ! {unrelated, 1},
    T ! {unrelated, 2},
    T ! <<"a binary message">>,
    waiting = await_status(T, waiting),
    Names = [{T, target}, {Self, me}, {Watcher, watcher}, {WatcherMon, watcher_mon},
             {MonRef, mon_ref}, {Mon2, mon2_ref}],
    Exact = [status, message_queue_len, messages, links, trap_exit, priority,
             registered_name, current_function, initial_call, group_leader],
    ExactInfo = [scrub(process_info(T, Item), Names) || Item <- Exact],
    GL = process_info(T, group_leader) =:= {group_leader, group_leader()},
    {dictionary, Dict} = process_info(T, dictionary),
    {monitors, Ms} = process_info(T, monitors),
    {monitored_by, By} = process_info(T, monitored_by),
    {heap_size, Heap} = process_info(T, heap_size),
    {total_heap_size, Total} = process_info(T, total_heap_size),
    {stack_size, Stack} = process_info(T, stack_size),
    {reductions, Reds} = process_info(T, reductions),
    {memory, Mem} = process_info(T, memory),
    {current_stacktrace, CST} = process_info(T, current_stacktrace),
    {current_location, Loc} = process_info(T, current_location),
    {garbage_collection, GC} = process_info(T, garbage_collection),
    Sizes = {Heap > 0, Total >= Heap, Stack >= 0, Reds > 0, Mem > Total,
             is_list(GC), lists:keymember(minor_gcs, 1, GC)},
    %% Our own view: self() monitors T and Watcher.
    {monitors, MyMs} = process_info(self(), monitors),
    T ! {only_this, self()},
    receive {done, T} -> ok end,
    Down = receive {'DOWN', MonRef, process, T, R} -> R end,
    unlink(Watcher),
    stop_waiter(Watcher),
    WatcherMon ! stop,
    await_exit(WatcherMon),
    {ExactInfo, GL, lists:sort(Dict), Ms, scrub(lists:sort(By), Names),
     Sizes, scrub(lists:sort(MyMs), Names),
     [{M, F, A} || {M, F, A, _} <- CST], element(1, Loc), element(2, Loc), element(3, Loc),
     Down, process_info(T, status), process_info(T, messages)}.

start() ->
    isolated(fun run/0).
