-module(funs_local_print).
-export([start/0]).

%% Local funs: fun_info items that come from the module's FunT chunk and compiler naming
%% (name, arity, index, env, type), equality of funs, and their printed form
%% #Fun<Module.Index.Uniq> (the Uniq is fixed by the compiled module).

start() ->
    X = id(7),
    F0 = fun() -> ok end,
    F1 = fun(A) -> A + X end,
    F2 = fun(A, B) -> {A, B, X, F1} end,
    Funs = [F0, F1, F2],
    Info = [[erlang:fun_info(F, K) || K <- [module, name, arity, type, env, index]] || F <- Funs],
    Eq = [F1 =:= F1, F1 =:= fun(A) -> A + X end, make(1) =:= make(1), make(1) =:= make(2),
          make(1) == make(1), lists:sort([make(2), make(1)]) =:= [make(1), make(2)]],
    {Funs, Info, Eq, make(3), erlang:fun_to_list(F0)}.

make(N) -> fun() -> N end.

id(X) -> X.
