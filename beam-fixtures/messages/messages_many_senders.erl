%% Order between a pair of processes is kept; between different senders nothing is promised,
%% so each sender's messages are checked to be in order, and the totals are counted.
-module(messages_many_senders).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    Self = self(),
    N = 20,
    K = 500,
    Senders = [spawn(fun() -> [Self ! {I, J} || J <- lists:seq(1, K)] end) || I <- lists:seq(1, N)],
    All = [receive {_, _} = M -> M end || _ <- lists:seq(1, N * K)],
    PerSender = [[J || {I2, J} <- All, I2 =:= I] || I <- lists:seq(1, N)],
    InOrder = lists:all(fun(L) -> L =:= lists:seq(1, K) end, PerSender),
    _ = Senders,
    %% A collector process that receives from many and reports sorted totals.
    Collector = spawn(fun() -> collect(N, #{}) end),
    [spawn(fun() -> [Collector ! {add, I, J} || J <- lists:seq(1, 100)], Collector ! {done, I} end)
     || I <- lists:seq(1, N)],
    Collector ! {report, Self},
    Totals = receive {totals, T} -> T end,
    {length(All), InOrder, Totals, flush()}.

collect(0, Acc) ->
    receive {report, To} -> To ! {totals, lists:sort(maps:to_list(Acc))} end;
collect(N, Acc) ->
    receive
        {add, I, J} -> collect(N, maps:update_with(I, fun(S) -> S + J end, J, Acc));
        {done, _} -> collect(N - 1, Acc)
    end.

start() ->
    isolated(fun run/0).
