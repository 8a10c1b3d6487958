%% Parallel merge sort: split, sort each half in its own process down to a depth, merge.
-module(concurrent_merge_sort).
-export([start/0]).
-include("../include/fixture_procs.hrl").

psort(L, 0) -> lists:sort(L);
psort(L, _) when length(L) < 2 -> L;
psort(L, Depth) ->
    {A, B} = lists:split(length(L) div 2, L),
    Self = self(),
    RefA = make_ref(),
    RefB = make_ref(),
    spawn(fun() -> Self ! {RefA, psort(A, Depth - 1)} end),
    spawn(fun() -> Self ! {RefB, psort(B, Depth - 1)} end),
    SA = receive {RefA, X} -> X end,
    SB = receive {RefB, Y} -> Y end,
    lists:merge(SA, SB).

%% Pseudo-random integers from a fixed LCG (the fixture needs no rand module).
lcg(0, _, Acc) -> Acc;
lcg(N, X, Acc) ->
    X2 = (X * 1103515245 + 12345) band 16#7fffffff,
    lcg(N - 1, X2, [X2 rem 1000000 + 1 | Acc]).

run() ->
    L = lcg(20000, 123, []),
    S = psort(L, 6),
    {S =:= lists:sort(L), length(S), lists:sublist(S, 5), lists:nth(10000, S), lists:last(S)}.

start() ->
    isolated(fun run/0).
