-module(funs_apply).
-export([start/0, exported/1, exported/2]).
-define(T(E), catching(fun() -> E end)).

%% Calling through apply/2,3, variable modules and functions, external funs (fun M:F/A and
%% erlang:make_fun/3), and the exact errors: undef, badarity, badfun.

start() ->
    M = id(?MODULE), F = id(exported), L = id(lists),
    Calls = [apply(fun exported/1, [1]), apply(?MODULE, exported, [2]), M:F(3), M:F(4, 5), L:reverse([1, 2]),
             apply(L, seq, [1, 3]), erlang:apply(erlang, '+', [1, 2]), apply(fun(A, B) -> A - B end, [10, 3]),
             (fun ?MODULE:exported/2)(6, 7), (fun lists:sum/1)([1, 2, 3]), (erlang:make_fun(lists, max, 1))([3, 9, 2])],
    Printed = [fun lists:map/2, fun erlang:abs/1, erlang:make_fun(nomod, nofun, 3), fun ?MODULE:exported/1],
    Info = [erlang:fun_info(fun lists:map/2), erlang:fun_info(fun lists:map/2, type),
            erlang:fun_info(fun exported/1, arity), erlang:fun_info(fun exported/1, module),
            erlang:fun_info(fun exported/1, name)],
    IsFun = [{is_function(X), is_function(X, 1), is_function(X, 2)} || X <- [fun exported/1, fun lists:map/2, a, {}]],
    Errs = [?T(apply(nomod_xyz, f, [])), ?T(apply(?MODULE, not_exported, [1])), ?T(apply(?MODULE, exported, [1, 2, 3])),
            ?T((id(fun exported/1))(1, 2)), ?T((id(fun(X) -> X end))()), ?T((id(not_a_fun))(1)),
            ?T((id({lists, reverse}))([1])), ?T(apply(id(1), id(2), [])), ?T(apply(lists, reverse, id(notalist))),
            ?T(apply(fun lists:reverse/1, id([a | b]))), ?T((erlang:make_fun(nomod, nofun, 0))()),
            ?T((fun lists:nosuchfun/1)(1)), ?T(erlang:make_fun(id(1), f, 1)), ?T(erlang:make_fun(m, f, id(-1))),
            ?T(M:(id(123))())],
    {Calls, Printed, Info, IsFun, strip_funs(Errs)}.

%% badarity reasons contain the fun; keep only its arity so the result prints the same
%% whatever the fun's internal identity.
strip_funs(Errs) ->
    [case E of
         {error, {badarity, {Fun, Args}}} when is_function(Fun) ->
             {error, {badarity, {{arity, element(2, erlang:fun_info(Fun, arity))}, Args}}};
         {error, {badfun, Fun}} when is_function(Fun) -> {error, {badfun, fun_arity(Fun)}};
         Other -> Other
     end || E <- Errs].

fun_arity(Fun) -> element(2, erlang:fun_info(Fun, arity)).

exported(X) -> {exported, X}.
exported(X, Y) -> {exported, X, Y}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
