%% process_info/1 (the default item list, in order), process_info/2 with a list of items
%% (answered in the order asked, duplicates kept), of a dead process (undefined), and errors.
-module(processes_info_list).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    Self = self(),
    W = spawn(fun() -> put(k, v), Self ! ready, receive stop -> ok end end),
    receive ready -> ok end,
    waiting = await_status(W, waiting),
    Info = process_info(W),
    Keys = [K || {K, _} <- Info],
    Picked = [lists:keyfind(K, 1, Info) || K <- [status, message_queue_len, links, dictionary,
                                                 trap_exit, priority, initial_call,
                                                 current_function, registered_name]],
    List = process_info(W, [priority, status, priority, message_queue_len]),
    Empty = process_info(W, []),
    RegEmpty = process_info(W, [registered_name]),
    RegOne = process_info(W, registered_name),
    normal = send_and_await_exit(W, stop),
    DeadOne = process_info(W, status),
    DeadList = process_info(W, [status, messages]),
    DeadAll = process_info(W),
    %% Self: running.
    SelfStatus = process_info(self(), status),
    Bad = [catching(fun() -> process_info(id(W), id(no_such_item)) end),
           catching(fun() -> process_info(id(W), id([status, no_such_item])) end),
           catching(fun() -> process_info(id(not_a_pid)) end),
           catching(fun() -> process_info(id(not_a_pid), status) end),
           catching(fun() -> process_info(self(), id([status | tail])) end),
           catching(fun() -> process_info(self(), id("status")) end)],
    {Keys, Picked, List, Empty, RegEmpty, RegOne, DeadOne, DeadList, DeadAll, SelfStatus, Bad}.

start() ->
    isolated(fun run/0).
