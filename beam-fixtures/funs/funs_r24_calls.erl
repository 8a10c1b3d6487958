%% ERLC_OPTS: +r24
-module(funs_r24_calls).
-export([start/0, ext/1]).

%% Funs compiled as OTP 24 code (+r24): fun calls use call_fun (not call_fun2), funs are made
%% with make_fun3, and apply/apply_last carry variable module and function names.

start() ->
    M = id(?MODULE),
    Fn = id(ext),
    Adder = fun(X) -> X + 1 end,
    Closure = make(10),
    Results = [Adder(1), Closure(5), (fun ?MODULE:ext/1)(3), M:Fn(4), apply(M, Fn, [5]), apply(Adder, [6]),
               apply_last(M, Fn), lists:map(Closure, [1, 2, 3]), catching(fun() -> (id(Adder))(1, 2) end),
               catching(fun() -> (id(nofun))(1) end), catching(fun() -> M:(id(nosuch))(1) end)],
    [case R of {error, {badarity, {_, Args}}} -> {badarity, Args}; Other -> Other end || R <- Results].

make(N) -> fun(X) -> X * N end.

apply_last(M, F) -> M:F(7).

ext(X) -> {ext, X}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
