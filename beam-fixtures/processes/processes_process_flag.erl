%% process_flag/2: every flag returns its old value; bad flags and values are badarg;
%% process_flag/3 (save_calls only) on another process.
-module(processes_process_flag).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    T1 = process_flag(trap_exit, true),
    T2 = process_flag(trap_exit, false),
    T3 = process_info(self(), trap_exit),
    P1 = process_flag(priority, low),
    P2 = process_flag(priority, high),
    P3 = process_flag(priority, max),
    P4 = process_flag(priority, normal),
    P5 = process_info(self(), priority),
    MQ1 = process_flag(message_queue_data, off_heap),
    MQ2 = process_flag(message_queue_data, on_heap),
    MH1 = process_flag(min_heap_size, 5000),
    MH2 = process_flag(min_heap_size, 233),
    MB1 = process_flag(min_bin_vheap_size, 100000),
    MB2 = process_flag(min_bin_vheap_size, 46422),
    S1 = process_flag(sensitive, true),
    S2 = process_flag(sensitive, false),
    SC1 = process_flag(save_calls, 10),
    SC2 = process_flag(save_calls, 0),
    EH1 = process_flag(error_handler, my_error_handler),
    EH2 = process_flag(error_handler, error_handler),
    EH3 = process_info(self(), error_handler),
    FS = process_flag(fullsweep_after, 10),
    %% process_flag/3 on another process: only save_calls.
    W = spawn_waiter(),
    O1 = process_flag(W, save_calls, 5),
    O2 = process_flag(W, save_calls, 0),
    O3 = catching(fun() -> process_flag(W, id(trap_exit), true) end),
    normal = stop_waiter(W),
    O4 = catching(fun() -> process_flag(W, save_calls, 5) end),
    Bad = [catching(fun() -> process_flag(id(trap_exit), id(maybe)) end),
           catching(fun() -> process_flag(id(priority), id(urgent)) end),
           catching(fun() -> process_flag(id(no_such_flag), id(true)) end),
           catching(fun() -> process_flag(id(min_heap_size), id(-1)) end),
           catching(fun() -> process_flag(id(message_queue_data), id(elsewhere)) end),
           catching(fun() -> process_flag(id(save_calls), id(-1)) end),
           catching(fun() -> process_flag(id(save_calls), id(100000)) end),
           catching(fun() -> process_flag(id(error_handler), id("x")) end)],
    {T1, T2, T3, P1, P2, P3, P4, P5, MQ1, MQ2, is_integer(MH1), MH2 >= 5000, is_integer(MB1),
     MB2 >= 100000, S1, S2, SC1, SC2, EH1, EH2, EH3, FS, O1, O2, O3, O4, Bad}.

start() ->
    isolated(fun run/0).
