-module(funs_arity_dispatch).
-export([start/0]).

%% Funs of arity 0 to 6 called directly, through apply/2 and through erlang:apply with
%% argument lists built at run time; arity mismatches raise badarity with the arguments.

start() ->
    Funs = [fun() -> 0 end, fun(A) -> A end, fun(A, B) -> A + B end, fun(A, B, C) -> A + B + C end,
            fun(A, B, C, D) -> A * B * C * D end, fun(A, B, C, D, E) -> [A, B, C, D, E] end,
            fun(A, B, C, D, E, F) -> {A, B, C, D, E, F} end],
    Direct = [call(F, N) || {N, F} <- lists:enumerate(0, Funs)],
    Apply = [apply(F, lists:seq(1, N)) || {N, F} <- lists:enumerate(0, Funs)],
    Wrong = [try apply(F, lists:seq(1, N + 1)) catch error:{badarity, {_, Args}} -> {badarity, Args} end
             || {N, F} <- lists:enumerate(0, Funs)],
    {Direct, Apply, Wrong}.

call(F, 0) -> F();
call(F, 1) -> F(1);
call(F, 2) -> F(1, 2);
call(F, 3) -> F(1, 2, 3);
call(F, 4) -> F(1, 2, 3, 4);
call(F, 5) -> F(1, 2, 3, 4, 5);
call(F, 6) -> F(1, 2, 3, 4, 5, 6).
