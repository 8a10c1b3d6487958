-module(exceptions_after_order).
-export([start/0]).

%% Nested try ... after blocks: the order in which after-blocks run while an exception
%% unwinds through several levels, an exception raised inside an after-block replacing the
%% original one, and after-blocks on normal return.

start() ->
    put(trail, []),
    R1 = catch_all(fun() -> level(3, fun() -> throw(deep) end) end),
    T1 = take(),
    R2 = catch_all(fun() -> level(2, fun() -> done end) end),
    T2 = take(),
    R3 = catch_all(fun() -> try error(original) after log(after_raises), throw(replaced) end end),
    T3 = take(),
    R4 = catch_all(fun() -> try try exit(inner) after log(a1) end after log(a2) end end),
    T4 = take(),
    erase(trail),
    [{R1, T1}, {R2, T2}, {R3, T3}, {R4, T4}].

level(0, F) -> log(bottom), F();
level(N, F) -> try log({enter, N}), level(N - 1, F) after log({leave, N}) end.

log(X) -> put(trail, [X | get(trail)]).
take() -> T = lists:reverse(get(trail)), put(trail, []), T.

catch_all(F) -> try F() of V -> {value, V} catch C:R -> {C, R} end.
