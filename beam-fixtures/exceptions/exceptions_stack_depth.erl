-module(exceptions_stack_depth).
-export([start/0, id/1]).

%% Stack traces are cut at the default backtrace depth (8 frames), and consecutive identical
%% return addresses are recorded once: deep self-recursion shows a single body/1 frame, while
%% mutual recursion (alternating addresses) fills the 8 frames. Tail calls leave no frames.

start() ->
    [{depth(N), frames(fun() -> body(N) end)} || N <- [1, 3, 7, 8, 12]] ++
        [{tail, frames(fun() -> tail(10) end)}, {mutual, frames(fun() -> ping(6) end)}].

depth(N) -> N.

frames(F) ->
    try F() catch error:_:S -> [{M, Fn, A, proplists:get_value(line, L)} || {M, Fn, A, L} <- S, M =:= ?MODULE] end.

%% The base cases call bottom/1 through an external call, so the compiler cannot prove that
%% these functions never return (it would then turn the recursive calls into tail calls).
body(0) -> bottom(?MODULE:id(go));
body(N) -> [body(N - 1) | keep(N)].

keep(N) -> N.

tail(0) -> bottom(?MODULE:id(go));
tail(N) -> tail(N - 1).

ping(0) -> bottom(?MODULE:id(go));
ping(N) -> [pong(N - 1)].

pong(0) -> bottom(?MODULE:id(go));
pong(N) -> [ping(N - 1)].

bottom(go) -> error(bottom);
bottom(_) -> [].

id(X) -> X.
