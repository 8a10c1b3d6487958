%% spawn_opt/2,3,4,5 with link, monitor, priority, min_heap_size, min_bin_vheap_size,
%% fullsweep_after, message_queue_data; what process_info reports back; bad options.
-module(processes_spawn_opt).
-export([start/0, report/1]).
-include("../include/fixture_procs.hrl").

report(Parent) ->
    Items = [priority, trap_exit, message_queue_data],
    Parent ! {report, self(), process_info(self(), Items),
              element(2, process_info(self(), min_heap_size)),
              element(2, process_info(self(), heap_size)),
              element(2, process_info(self(), min_bin_vheap_size)),
              element(2, process_info(self(), garbage_collection))},
    receive stop -> ok end.

%% Heap sizes are OTP's business (it rounds up to its own size classes): only relations are
%% checked; the settings themselves (priority, fullsweep_after, ...) are exact.
collect(Pid) ->
    receive
        {report, Pid, Items, MinHeap, Heap, MinBin, GC} ->
            {fullsweep_after, Sweep} = lists:keyfind(fullsweep_after, 1, GC),
            {min_heap_size, GCMinHeap} = lists:keyfind(min_heap_size, 1, GC),
            {Items, Sweep, Heap >= MinHeap, GCMinHeap =:= MinHeap,
             if MinHeap >= 10000 -> at_least_10000; MinHeap > 0 -> positive; true -> MinHeap end,
             if MinBin >= 100000 -> at_least_100000; MinBin > 0 -> positive; true -> MinBin end}
    end.

start() ->
    isolated(fun run/0).

run() ->
    Self = self(),
    %% No options: like spawn/1.
    P0 = spawn_opt(?MODULE, report, [Self], []),
    R0 = collect(P0),
    normal = send_and_await_exit(P0, stop),
    %% link: the child is linked.
    P1 = spawn_opt(fun() -> report(Self) end, [link]),
    R1 = collect(P1),
    L1 = process_info(self(), links) =:= {links, [P1]},
    unlink(P1),
    P1 ! stop,
    await_exit(P1),
    %% monitor: {Pid, Ref}.
    {P2, Ref2} = spawn_opt(?MODULE, report, [Self], [monitor, {priority, high}]),
    R2 = collect(P2),
    P2 ! stop,
    D2 = receive {'DOWN', Ref2, process, P2, W2} -> W2 end,
    %% Heap options.
    P3 = spawn_opt(?MODULE, report, [Self], [{min_heap_size, 10000}, {min_bin_vheap_size, 100000},
                                             {fullsweep_after, 0}, {priority, low},
                                             {message_queue_data, off_heap}]),
    R3 = collect(P3),
    P3 ! stop,
    await_exit(P3),
    %% spawn_opt/5 with the node, and link + monitor together.
    process_flag(trap_exit, true),
    {P4, Ref4} = spawn_opt(node(), ?MODULE, report, [Self], [link, monitor, {priority, max}]),
    R4 = collect(P4),
    P4 ! stop,
    E4 = receive {'EXIT', P4, Why4} -> Why4 end,
    D4 = receive {'DOWN', Ref4, process, P4, Why4b} -> Why4b end,
    process_flag(trap_exit, false),
    %% spawn_opt/3 with the node and a fun.
    P5 = spawn_opt(node(), fun() -> report(Self) end, [{priority, normal}]),
    R5 = collect(P5),
    P5 ! stop,
    await_exit(P5),
    Bad = [catching(fun() -> spawn_opt(fun() -> ok end, id([{priority, urgent}])) end),
           catching(fun() -> spawn_opt(fun() -> ok end, id([no_such_option])) end),
           catching(fun() -> spawn_opt(fun() -> ok end, id([{min_heap_size, -1}])) end),
           catching(fun() -> spawn_opt(fun() -> ok end, id(not_a_list)) end),
           catching(fun() -> spawn_opt(fun() -> ok end, id([{message_queue_data, sideways}])) end),
           catching(fun() -> spawn_opt(fun() -> ok end, id([{fullsweep_after, -1}])) end),
           catching(fun() -> spawn_opt(id(nofun), []) end)],
    {R0, R1, L1, R2, D2, R3, R4, E4, D4, R5, Bad, flush()}.
