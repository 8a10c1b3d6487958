%% A hand-written supervisor: it traps exits, restarts a child that dies abnormally (up to a
%% limit), leaves a child that ends normally alone, and on shutdown stops its children with
%% exit(Child, shutdown), waiting for each 'EXIT'.
-module(concurrent_restarter).
-export([start/0]).
-include("../include/fixture_procs.hrl").

child(Name, Parent) ->
    Parent ! {started, Name, self()},
    receive
        {crash, Why} -> exit(Why);
        finish -> ok;
        {ping, From} -> From ! {pong, Name}, child(Name, Parent)
    end.

sup(Children, Restarts, Limit, Log, Parent) ->
    receive
        {'EXIT', Pid, Reason} ->
            case lists:keyfind(Pid, 2, Children) of
                {Name, Pid} when Reason =:= normal ->
                    sup(lists:keydelete(Pid, 2, Children), Restarts, Limit, [{ended, Name} | Log], Parent);
                {Name, Pid} when Restarts < Limit ->
                    New = start_child(Name),
                    sup(lists:keyreplace(Pid, 2, Children, {Name, New}), Restarts + 1, Limit,
                        [{restarted, Name, Reason} | Log], Parent);
                {Name, Pid} ->
                    [begin exit(P, shutdown), receive {'EXIT', P, _} -> ok end end
                     || {_, P} <- Children, P =/= Pid],
                    Parent ! {gave_up, lists:reverse([{too_many, Name, Reason} | Log])};
                false ->
                    sup(Children, Restarts, Limit, [{unknown_exit, Reason} | Log], Parent)
            end;
        {which, From} ->
            From ! {children, Children},
            sup(Children, Restarts, Limit, Log, Parent);
        {shutdown, From} ->
            Stops = [begin exit(P, shutdown), receive {'EXIT', P, R} -> {N, R} end end || {N, P} <- Children],
            From ! {shut_down, lists:reverse(Log), Stops}
    end.

start_child(Name) ->
    Self = self(),
    P = spawn_link(fun() -> child(Name, Self) end),
    receive {started, Name, P} -> P end.

run() ->
    Self = self(),
    Sup = spawn(fun() ->
                        process_flag(trap_exit, true),
                        Children = [{N, start_child(N)} || N <- [a, b, c]],
                        Self ! {sup_ready, Children},
                        sup(Children, 0, 3, [], Self)
                end),
    Children = receive {sup_ready, C} -> C end,
    Pid = fun(Name) -> Sup ! {which, self()}, receive {children, Cs} -> proplists:get_value(Name, Cs) end end,
    Crash = fun(Name, Why) ->
                    P = Pid(Name),
                    R = erlang:monitor(process, P),
                    P ! {crash, Why},
                    receive {'DOWN', R, process, P, _} -> ok end,
                    wait_replaced(Pid, Name, P)
            end,
    Crash(a, boom),
    Crash(b, {bad, state}),
    %% c ends normally: not restarted.
    CPid = Pid(c),
    RC = erlang:monitor(process, CPid),
    CPid ! finish,
    receive {'DOWN', RC, process, CPid, normal} -> ok end,
    wait_gone(Pid, c),
    Crash(a, again),
    Pongs = [begin Pid(N) ! {ping, self()}, receive {pong, N} -> N end end || N <- [a, b]],
    Sup ! {shutdown, self()},
    Shut = receive {shut_down, Log, Stops} -> {Log, Stops} end,
    _ = Children,
    %% A second supervisor that reaches its restart limit.
    Sup2 = spawn(fun() ->
                         process_flag(trap_exit, true),
                         Cs = [{N, start_child(N)} || N <- [x, y]],
                         Self ! {sup_ready, Cs},
                         sup(Cs, 0, 2, [], Self)
                 end),
    receive {sup_ready, _} -> ok end,
    Pid2 = fun(Name) -> Sup2 ! {which, self()}, receive {children, Cs} -> proplists:get_value(Name, Cs) end end,
    [begin P = Pid2(x), P ! {crash, {n, I}}, wait_replaced(Pid2, x, P) end || I <- [1, 2]],
    Pid2(x) ! {crash, last_straw},
    GaveUp = receive {gave_up, L} -> L end,
    {Shut, Pongs, GaveUp}.

wait_replaced(PidOf, Name, Old) ->
    case PidOf(Name) of
        Old -> erlang:yield(), wait_replaced(PidOf, Name, Old);
        New -> New
    end.

wait_gone(PidOf, Name) ->
    case PidOf(Name) of
        undefined -> ok;
        _ -> erlang:yield(), wait_gone(PidOf, Name)
    end.

start() ->
    isolated(fun run/0).
