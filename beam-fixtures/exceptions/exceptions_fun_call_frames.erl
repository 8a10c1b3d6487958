-module(exceptions_fun_call_frames).
-export([start/0, ext/1]).

%% Stack traces of calls to a non-fun or to a fun of another arity: a call that is not the
%% last thing its function does shows the calling function twice (the return address is
%% already pushed); a last call (call_fun, deallocate, return) shows it once.

start() ->
    Cases = [fun badfun_not_last/0, fun badfun_last/0, fun badarity_not_last/0,
             fun badarity_last/0, fun badarity_known/0, fun export_badarity_not_last/0,
             fun export_badarity_last/0, fun tuple_not_last/0, fun in_catch/0,
             fun apply_not_last/0, fun apply_last/0, fun badfun_in_list/0,
             fun badfun_deep/0, fun ok_call/0],
    [run(C) || C <- Cases].

run(F) ->
    try F() of
        {'EXIT', {Reason, Stack}} -> {'EXIT', Reason, own(Stack)};
        V -> {ok, V}
    catch
        Class:Reason:Stack -> {Class, Reason, own(Stack)}
    end.

%% The frames of this module (the runner's own frames below them differ between runners).
own(Stack) -> [{Fn, A, line(L)} || {M, Fn, A, L} <- Stack, M =:= ?MODULE].

line(Loc) -> proplists:get_value(line, Loc).

badfun_not_last() -> X = id(notfun), X(1), ok.
badfun_last() -> X = id(notfun), X(1).
badarity_not_last() -> F = id(fun(A) -> A end), F(1, 2), ok.
badarity_last() -> F = id(fun(A) -> A end), F(1, 2).
badarity_known() -> (fun(A) -> A end)(1, 2).
export_badarity_not_last() -> F = id(fun ?MODULE:ext/1), F(1, 2), ok.
export_badarity_last() -> F = id(fun ?MODULE:ext/1), F(1, 2).
tuple_not_last() -> X = id({a, b}), X(1), [ok].
in_catch() -> X = id(notfun), catch X(1).
apply_not_last() -> apply(id(notfun), [1]), ok.
apply_last() -> apply(id(notfun), [1]).
badfun_in_list() -> [begin F = id(B), F() end || B <- [fun() -> 1 end, 2]].
badfun_deep() -> deep(3).
ok_call() -> F = id(fun(A) -> A + 1 end), F(1) + 1.

deep(0) -> X = id(notfun), X(), done;
deep(N) -> [deep(N - 1)].

ext(X) -> X.

id(X) -> X.
