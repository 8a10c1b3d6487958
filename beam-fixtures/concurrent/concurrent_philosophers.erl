%% Dining philosophers with a waiter that grants both forks at once (or queues the request):
%% no deadlock, no fork used by two at a time, everyone eats the agreed number of meals.
-module(concurrent_philosophers).
-export([start/0]).
-include("../include/fixture_procs.hrl").

%% InUse: the forks in use. Serves every queued philosopher whose forks are both free.
try_serve(InUse, Queue, Max, Parent) ->
    {Waiting, InUse2} =
        lists:foldl(fun({P, L, R}, {W, U}) ->
                            case lists:member(L, U) orelse lists:member(R, U) of
                                true -> {W ++ [{P, L, R}], U};
                                false -> P ! eat, {W, [L, R | U]}
                            end
                    end, {[], InUse}, Queue),
    waiter_loop(InUse2, Waiting, max(Max, length(InUse2)), Parent).

waiter_loop(InUse, Queue, Max, Parent) ->
    receive
        {want, P, L, R} -> try_serve(InUse, Queue ++ [{P, L, R}], Max, Parent);
        {done, _P, L, R} -> try_serve(InUse -- [L, R], Queue, Max, Parent);
        {report, From} -> From ! {max_in_use, Max}
    end.

philosopher(I, N, Meals, Waiter, Parent) ->
    philosopher(I, N, Meals, Waiter, Parent, 0).

philosopher(I, _N, Meals, _Waiter, Parent, Meals) ->
    Parent ! {full, I, Meals};
philosopher(I, N, Meals, Waiter, Parent, Eaten) ->
    L = I,
    R = I rem N + 1,
    Waiter ! {want, self(), L, R},
    receive eat -> ok end,
    erlang:yield(),
    Waiter ! {done, self(), L, R},
    philosopher(I, N, Meals, Waiter, Parent, Eaten + 1).

run() ->
    N = 5,
    Meals = 200,
    Self = self(),
    Waiter = spawn(fun() -> waiter_loop([], [], 0, Self) end),
    [spawn(fun() -> philosopher(I, N, Meals, Waiter, Self) end) || I <- lists:seq(1, N)],
    Full = lists:sort([receive {full, I, M} -> {I, M} end || _ <- lists:seq(1, N)]),
    Waiter ! {report, self()},
    Max = receive {max_in_use, M} -> M end,
    %% Five forks, each meal takes two: at most four forks are ever in use.
    {Full, Max =< 4, Max rem 2}.

start() ->
    isolated(fun run/0).
