-module(funs_external_errors).
-export([start/0, two/2]).
-define(T(E), catching(fun() -> E end)).

%% External funs to functions that do not exist (yet), wrong arities through apply and
%% fun calls, is_function/2 for external funs, and comparing/sorting external funs.

start() ->
    Missing = fun missing_module_q:f/1,
    MissingFn = fun ?MODULE:not_defined/0,
    Two = fun ?MODULE:two/2,
    Calls = [?T(Missing(1)), ?T(MissingFn()), ?T(Two(1)), ?T(Two(1, 2)), ?T(apply(Two, [1])), ?T(apply(Two, [1, 2])),
             ?T(erlang:apply(?MODULE, two, [1])), ?T(apply(fun erlang:length/1, [[1, 2]])),
             ?T(apply(fun erlang:length/1, id([a]))), ?T(apply(erlang, length, id([[1] | x])))],
    Preds = [{is_function(Fn), is_function(Fn, 0), is_function(Fn, 1), is_function(Fn, 2)} || Fn <- [Missing, MissingFn, Two]],
    Sorted = lists:sort([fun b:f/1, fun a:f/2, fun a:f/1, fun a:g/0, Two]),
    Eq = [fun a:f/1 =:= fun a:f/1, fun a:f/1 == fun a:f/2, erlang:make_fun(a, f, 1) =:= fun a:f/1],
    BadIsFun = [?T(is_function(Two, id(-1))), ?T(is_function(Two, id(a)))],
    {[strip(C) || C <- Calls], Preds, Sorted, Eq, BadIsFun}.

strip({error, {badarity, {Fun, Args}}}) -> {error, {badarity, {erlang:fun_info(Fun, arity), Args}}};
strip(Other) -> Other.

two(A, B) -> {A, B}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
