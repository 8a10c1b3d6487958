%% Parallel map keeping the order of the input: one process per element, replies matched by
%% reference; a failing element is reported through its monitor, the others still succeed.
-module(concurrent_pmap).
-export([start/0]).
-include("../include/fixture_procs.hrl").

pmap(F, Xs) ->
    Self = self(),
    Tasks = [begin
                 Ref = make_ref(),
                 {Pid, Mon} = spawn_monitor(fun() -> Self ! {Ref, F(X)} end),
                 {Ref, Pid, Mon}
             end || X <- Xs],
    [receive
         {Ref, Value} -> erlang:demonitor(Mon, [flush]), {ok, Value};
         {'DOWN', Mon, process, Pid, Why} -> {error, Why}
     end || {Ref, Pid, Mon} <- Tasks].

run() ->
    Squares = pmap(fun(X) -> X * X end, lists:seq(1, 100)),
    Mixed = pmap(fun(0) -> exit(zero); (X) -> 100 div X end, [5, 0, 20, 0, 50]),
    Nested = pmap(fun(L) -> lists:sum([V || {ok, V} <- pmap(fun(X) -> X + 1 end, L)]) end,
                  [lists:seq(1, N) || N <- lists:seq(1, 10)]),
    {[V || {ok, V} <- Squares] =:= [X * X || X <- lists:seq(1, 100)], Mixed, Nested}.

start() ->
    isolated(fun run/0).
