-module(ets_counters_mod).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% counters: atomics and write_concurrency arrays, add/sub/put/get, 64-bit wrapping,
%% info/1 and the errors.

start() ->
    [run(Opts) || Opts <- [[], [atomics], [write_concurrency]]].

run(Opts) ->
    C = counters:new(3, Opts),
    Ops = [counters:get(C, 1), counters:add(C, 1, 5), counters:add(C, 1, -2), counters:get(C, 1),
           counters:sub(C, 2, 7), counters:get(C, 2), counters:put(C, 3, 42), counters:get(C, 3),
           counters:put(C, 1, (1 bsl 63) - 1), counters:add(C, 1, 1), counters:get(C, 1),
           counters:put(C, 2, -(1 bsl 63)), counters:sub(C, 2, 1), counters:get(C, 2)],
    Info = counters:info(C),
    Shape = [lists:sort(maps:keys(Info)), maps:get(size, Info)],
    Errs = [?T(counters:new(0, Opts)), ?T(counters:new(a, Opts)), ?T(counters:new(1, [foo])),
            ?T(counters:get(C, 0)), ?T(counters:get(C, 4)), ?T(counters:get(foo, 1)),
            ?T(counters:add(C, 1, 1 bsl 64)), ?T(counters:add(C, 1, x)), ?T(counters:put(C, 1, 1 bsl 63)),
            ?T(counters:sub(C, 1, -(1 bsl 63) - 1)), ?T(counters:put(C, 9, 1)), ?T(counters:info(foo))],
    {Opts, Ops, Shape, Errs}.

catching(F) ->
    try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, [{error_info, I} | _]} | _]) -> {M, F, length(A), I};
info(_) -> none.
