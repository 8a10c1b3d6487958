%% initial_call, current_function, current_stacktrace and current_location of processes
%% started in different ways and blocked in different functions.
-module(processes_initial_call).
-export([start/0, wait_here/0, deep/1, with_args/3]).
-include("../include/fixture_procs.hrl").

wait_here() ->
    receive stop -> ok end.

deep(0) -> wait_here(), done;
deep(N) -> deep(N - 1), done.

with_args(_, _, _) -> wait_here().

view(P) ->
    waiting = await_status(P, waiting),
    {initial_call, IC} = process_info(P, initial_call),
    {current_function, CF} = process_info(P, current_function),
    {current_stacktrace, ST} = process_info(P, current_stacktrace),
    {current_location, {M, F, A, Loc}} = process_info(P, current_location),
    normal = send_and_await_exit(P, stop),
    {IC, CF, [{SM, SF, SA} || {SM, SF, SA, _} <- ST], {M, F, A}, lists:keyfind(line, 1, Loc)}.

run() ->
    Views = [view(spawn(fun wait_here/0)),
             view(spawn(fun() -> wait_here() end)),
             view(spawn(?MODULE, wait_here, [])),
             view(spawn(?MODULE, with_args, [a, b, c])),
             view(spawn(?MODULE, deep, [3])),
             view(spawn_opt(?MODULE, wait_here, [], [{priority, low}])),
             view(spawn(erlang, apply, [fun wait_here/0, []])),
             view(spawn(erlang, apply, [?MODULE, wait_here, []]))],
    {current_function, Self} = process_info(self(), current_function),
    {Views, Self}.

start() ->
    isolated(fun run/0).
