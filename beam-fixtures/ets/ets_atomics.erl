-module(ets_atomics).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% atomics: signed and unsigned arrays, wrapping at 64 bits, every operation, info/1 and
%% the errors (index out of range, values out of range, bad options).

start() ->
    A = atomics:new(4, []),
    U = atomics:new(2, [{signed, false}]),
    Ops = [atomics:put(A, 1, 10), atomics:get(A, 1), atomics:add(A, 1, 5), atomics:get(A, 1),
           atomics:add_get(A, 1, -20), atomics:sub(A, 1, 1), atomics:sub_get(A, 1, 4), atomics:exchange(A, 1, 99),
           atomics:get(A, 1), atomics:compare_exchange(A, 1, 99, 7), atomics:compare_exchange(A, 1, 99, 8),
           atomics:get(A, 1), [atomics:get(A, I) || I <- [2, 3, 4]]],
    Wrap = [atomics:put(A, 2, (1 bsl 63) - 1), atomics:add_get(A, 2, 1), atomics:sub_get(A, 2, 1),
            atomics:put(U, 1, (1 bsl 64) - 1), atomics:add_get(U, 1, 1), atomics:sub_get(U, 1, 1),
            atomics:add_get(U, 2, -1), atomics:get(U, 2), atomics:add_get(A, 3, (1 bsl 63) - 1),
            atomics:add_get(A, 3, (1 bsl 63) - 1), atomics:exchange(U, 1, 5)],
    Info = [atomics:info(A), atomics:info(U), atomics:info(atomics:new(1, [{signed, true}]))],
    Errs = [?T(atomics:new(0, [])), ?T(atomics:new(-1, [])), ?T(atomics:new(a, [])), ?T(atomics:new(1, [foo])),
            ?T(atomics:new(1, [{signed, x}])), ?T(atomics:new(1, foo)),
            ?T(atomics:get(A, 0)), ?T(atomics:get(A, 5)), ?T(atomics:get(foo, 1)), ?T(atomics:get(make_ref(), 1)),
            ?T(atomics:put(A, 1, 1 bsl 63)), ?T(atomics:put(A, 1, -(1 bsl 63) - 1)), ?T(atomics:put(U, 1, -1)),
            ?T(atomics:put(U, 1, 1 bsl 64)), ?T(atomics:add(A, 1, 1 bsl 64)), ?T(atomics:add(A, 1, x)),
            ?T(atomics:sub(A, 9, 1)), ?T(atomics:sub_get(A, 1, x)), ?T(atomics:exchange(A, 1, 1.0)),
            ?T(atomics:compare_exchange(A, 1, x, 1)), ?T(atomics:compare_exchange(A, 7, 1, 1)),
            ?T(atomics:info(foo)), ?T(atomics:add(U, 1, -(1 bsl 63) - 1))],
    Ref = [is_reference(A), ets:is_compiled_ms(A)],
    Many = atomics:new(1000, []),
    [atomics:add(Many, I, I) || I <- lists:seq(1, 1000)],
    Sum = lists:sum([atomics:get(Many, I) || I <- lists:seq(1, 1000)]),
    {Ops, Wrap, Info, Errs, Ref, Sum}.

catching(F) ->
    try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, [{error_info, I} | _]} | _]) -> {M, F, length(A), I};
info(_) -> none.
