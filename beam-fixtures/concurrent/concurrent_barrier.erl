%% A barrier: N workers compute in phases; nobody starts phase K+1 before all have finished
%% phase K. Each phase uses all the results of the previous one (a Jacobi-style relaxation),
%% so a missing barrier would give other numbers.
-module(concurrent_barrier).
-export([start/0]).
-include("../include/fixture_procs.hrl").

barrier(N, Arrived, Values, Phase, Parent) when length(Arrived) =:= N ->
    Vec = [V || {_, V} <- lists:keysort(1, Values)],
    [W ! {go, Phase, Vec} || W <- Arrived],
    barrier(N, [], [], Phase + 1, Parent);
barrier(N, Arrived, Values, Phase, Parent) ->
    receive
        {arrive, W, I, V} -> barrier(N, [W | Arrived], [{I, V} | Values], Phase, Parent);
        stop -> ok
    end.

worker(I, V, 0, Barrier, Parent) ->
    Barrier ! {arrive, self(), I, V},
    receive {go, _, Vec} -> Parent ! {final, I, Vec} end;
worker(I, V, Phases, Barrier, Parent) ->
    Barrier ! {arrive, self(), I, V},
    receive
        {go, _, Vec} ->
            N = length(Vec),
            Left = lists:nth((I - 2 + N) rem N + 1, Vec),
            Right = lists:nth(I rem N + 1, Vec),
            worker(I, (Left + Right + 2 * V) div 4, Phases - 1, Barrier, Parent)
    end.

run() ->
    N = 16,
    Self = self(),
    B = spawn(fun() -> barrier(N, [], [], 0, Self) end),
    Init = [I * I * 100 || I <- lists:seq(1, N)],
    [spawn(fun() -> worker(I, V, 20, B, Self) end) || {I, V} <- lists:zip(lists:seq(1, N), Init)],
    Finals = [receive {final, I, Vec} -> Vec end || I <- lists:seq(1, N)],
    B ! stop,
    {length(lists:usort(Finals)), hd(Finals), lists:sum(hd(Finals)), lists:sum(Init)}.

start() ->
    isolated(fun run/0).
