-module(compare_sort_stability_big).
-export([start/0]).

%% Terms that compare equal but are not identical (1 and 1.0, {1} and {1.0}) keep their
%% input order under lists:sort, lists:keysort and lists:sort/2 with =<; usort keeps the
%% first of each run; checked on long interleaved inputs.

start() ->
    Input = lists:append([[{N, int}, {float(N), flt}] || N <- lists:seq(10, 1, -1)]),
    Sorted = lists:sort(fun({A, _}, {B, _}) -> A =< B end, Input),
    Key = lists:keysort(1, Input),
    U = lists:ukeysort(1, Input),
    Plain = lists:sort([1.0, 1, 2, 2.0, 1, 1.0]),
    UPlain = lists:usort([1.0, 1, 2, 2.0, 1, 1.0]),
    {Sorted, Key =:= Sorted, U, Plain, UPlain}.
