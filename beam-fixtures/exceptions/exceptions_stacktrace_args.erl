-module(exceptions_stacktrace_args).
-export([start/0]).

%% Stack frames that carry argument lists instead of arities: function_clause in a local
%% function, a fun, and a BIF, with arguments of every type (they are copied into the
%% trace exactly).

start() ->
    Args = [[1 bsl 70, -0.5, a], [<<"bin">>, "str", {t}], [#{k => [v]}, [1 | 2], fun lists:map/2]],
    [top(fun() -> f(A, B, C) end) || [A, B, C] <- Args] ++
        [top(fun() -> (fun(x, y) -> ok end)(id(1), id([2])) end), top(fun() -> atom_to_list(id({not_atom})) end),
         top(fun() -> erlang:list_to_integer(id("12z"), 10) end)].

f(never, matches, _) -> ok.

top(F) -> try F() catch _:_:Stack -> hd(Stack) end.

id(X) -> X.
