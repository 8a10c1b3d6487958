-module(maps_errors).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Every way map operations fail, with OTP's exact reasons and the stack frames of the BIFs
%% (own frames only, see exceptions_stacktrace).

start() ->
    NotMap = id([not_a_map]),
    M = id(#{a => 1}),
    Errs = [?T(map_size(NotMap)), ?T(maps:get(b, M)), ?T(maps:get(a, NotMap)), ?T(maps:update(b, 1, M)),
            ?T(maps:remove(a, NotMap)), ?T(maps:merge(M, NotMap)), ?T(maps:merge(NotMap, M)), ?T(maps:keys(NotMap)),
            ?T(maps:values(NotMap)), ?T(maps:to_list(NotMap)), ?T(maps:from_list([{a, 1} | id(b)])),
            ?T(maps:from_list([{a, 1, 2}])), ?T(maps:find(a, NotMap)), ?T(maps:is_key(a, NotMap)),
            ?T(maps:fold(fun(_, _, A) -> A end, 0, NotMap)), ?T(maps:map(fun(_, V) -> V end, NotMap)),
            ?T(maps:with(id(notlist), M)), ?T(maps:without(id(notlist), M)), ?T(maps:take(a, NotMap)),
            ?T(maps:iterator(NotMap)), ?T(maps:next(id(bad_iterator))), ?T(is_map_key(a, NotMap)),
            ?T(map_get(b, M)), ?T(M#{b := 1}), ?T(NotMap#{a => 1}), ?T(maps:put(a, 1, NotMap)),
            ?T(maps:update_with(b, fun(X) -> X end, M)), ?T(maps:get(a, M, default) + id(a))],
    Traces = [trace(fun() -> maps:get(zz, M) end), trace(fun() -> map_get(zz, M) end),
              trace(fun() -> M#{zz := 1} end), trace(fun() -> #{a := 2} = M end)],
    {Errs, Traces}.

trace(F) ->
    try F() catch C:R:S -> {C, R, own_frames(S)} end.

own_frames(Stack) ->
    Upto = lists:reverse(lists:dropwhile(fun(Frame) -> element(1, Frame) =/= ?MODULE end, lists:reverse(Stack))),
    [Frame || {M, _, _, Loc} = Frame <- Upto, M =:= ?MODULE orelse not lists:keymember(file, 1, Loc)].

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
