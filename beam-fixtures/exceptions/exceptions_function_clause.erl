-module(exceptions_function_clause).
-export([start/0]).

%% function_clause errors carry the arguments in the top frame instead of the arity; for
%% funs the frame names the generated fun; guards that fail count as non-matching clauses.

start() ->
    Cases = [fun() -> f1(id(x)) end, fun() -> f2(id(1), id(2), id(3)) end, fun() -> f3(id(-1)) end,
             fun() -> f3(id(foo)) end, fun() -> (fun(a, b) -> ok end)(id(1), id(2)) end,
             fun() -> f4(id(#{k => 1})) end, fun() -> f5(id(<<1, 2>>)) end, fun() -> f6(id([1, 2, 3])) end,
             fun() -> lists_like(id(improper)) end],
    [frame(C) || C <- Cases].

frame(F) ->
    try F() catch error:function_clause:Stack ->
                          [{M, Fn, Args, Loc} | _] = Stack,
                          {M, Fn, Args, proplists:get_value(line, Loc)};
                  C:R -> {other, C, R}
    end.

f1(a) -> a.
f2(1, 2, 4) -> ok.
f3(N) when is_integer(N), N > 0 -> pos.
f4(#{k := 2}) -> ok.
f5(<<_>>) -> one_byte.
f6([_, _]) -> two.
lists_like([]) -> [];
lists_like([H | T]) -> [H | lists_like(T)].

id(X) -> X.
