%% spawn/1,2,3,4: the new process runs the function with its arguments and is a new pid;
%% bad arguments are badarg in the caller; a process whose function is undefined dies with undef.
-module(processes_spawn_basic).
-export([start/0, child/2, add_and_reply/3]).
-include("../include/fixture_procs.hrl").

child(Parent, Tag) ->
    Parent ! {Tag, self(), is_pid(self())}.

add_and_reply(Parent, A, B) ->
    Parent ! {sum, self(), A + B}.

start() ->
    isolated(fun run/0).

run() ->
    quiet_logger(),
    Self = self(),
    {P1, Ref1} = spawn_monitor(fun() -> Self ! {one, self()} end),
    R1 = receive {one, P1} -> got_one end,
    P2 = spawn(?MODULE, child, [Self, two]),
    R2 = receive {two, P2, IsPid2} -> {got_two, IsPid2} end,
    P3 = spawn(node(), fun() -> Self ! {three, self()} end),
    R3 = receive {three, P3} -> got_three end,
    P4 = spawn(node(), ?MODULE, add_and_reply, [Self, 40, 2]),
    R4 = receive {sum, P4, S} -> S end,
    %% Many children, each answering with a function of its argument.
    Kids = [spawn(fun() -> Self ! {square, self(), N * N} end) || N <- lists:seq(1, 50)],
    Squares = [receive {square, K, Sq} -> Sq end || K <- Kids],
    Distinct = length(lists:usort(Kids)),
    %% Closures carry their environment into the new process.
    Big = lists:seq(1, 1000),
    Bin = binary:copy(<<"abc">>, 100),
    P5 = spawn(fun() -> Self ! {env, self(), lists:sum(Big), byte_size(Bin)} end),
    R5 = receive {env, P5, Sum, Size} -> {Sum, Size} end,
    %% Errors in the caller.
    E1 = catching(fun() -> spawn(id(not_a_fun)) end),
    E2 = catching(fun() -> spawn(id(?MODULE), id(child), id(not_a_list)) end),
    E3 = catching(fun() -> spawn(id("mod"), id(child), []) end),
    E4 = catching(fun() -> spawn(id(?MODULE), id(child), id([a | b])) end),
    %% spawn_monitor/1 checks the arity itself (badarg); spawn/1 and spawn_opt/2 start a
    %% process that fails with badarity.
    E5 = catching(fun() -> down(spawn_monitor(id(fun(_) -> ok end))) end),
    E6 = down(spawn_opt(id(fun(_) -> ok end), [monitor])),
    %% The process starts, then fails: undef, badarity and function_clause are its exit reasons.
    U1 = down(spawn_monitor(?MODULE, fixture_no_such_function, [1, 2])),
    U2 = down(spawn_monitor(fixture_no_such_module, f, [])),
    U3 = down(spawn_monitor(erlang, apply, [fun(X) -> X end, []])),
    U4 = down(spawn_monitor(?MODULE, child, [only_one_arg])),
    Dead = {down({P1, Ref1}), is_process_alive(P1)},
    {R1, R2, R3, R4, Squares, Distinct, R5, P1 =/= self(), Dead,
     E1, E2, E3, E4, E5, E6,
     scrub([U1, U2, U3, U4], [])}.
