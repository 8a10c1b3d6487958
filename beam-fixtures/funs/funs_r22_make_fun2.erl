%% ERLC_OPTS: +r22
-module(funs_r22_make_fun2).
-export([start/0]).

%% Funs compiled as OTP 22 code (+r22): closures are created with make_fun2 and stack frames
%% are set up with allocate_zero/init, instructions OTP 25's compiler no longer emits.

start() ->
    X = id(5),
    F = fun(Y) -> X + Y end,
    G = fun(A, B) -> {A, B, X} end,
    Nested = fun() -> fun(Z) -> F(Z) * 2 end end,
    Info = [erlang:fun_info(F, arity), erlang:fun_info(G, arity), erlang:fun_info(F, env), erlang:fun_info(F, type)],
    Loop = lists:foldl(fun(I, Acc) -> Acc + F(I) end, 0, lists:seq(1, 10)),
    {F(1), G(a, b), (Nested())(3), Info, Loop, frames(1, 2, 3)}.

%% Several live variables across calls: the frame is allocated and its slots initialised.
frames(A, B, C) ->
    D = id(A + B),
    E = id(D * C),
    F = id({A, B, C, D}),
    {D, E, F}.

id(X) -> X.
