-module(funs_guards_and_match).
-export([start/0]).

%% Funs with several clauses, guards and pattern matching in their heads, funs that
%% throw function_clause (shown with the fun's generated name), and funs in guards.

start() ->
    Classify = fun(X) when is_integer(X), X < 0 -> neg;
                  (0) -> zero;
                  (X) when is_integer(X) -> pos;
                  ({A, B}) -> {pair, A, B};
                  ([H | _]) -> {head, H};
                  (_) -> other
               end,
    Classified = [Classify(X) || X <- [-5, 0, 7, {1, 2}, [a, b], "", 1.5]],
    Strict = fun(a) -> ok end,
    Clause = try Strict(b) catch error:function_clause:S -> {function_clause, fun_frame(S)} end,
    Arity2 = fun(X, X) -> same; (_, _) -> different end,
    Same = [Arity2(1, 1), Arity2(1, 1.0), Arity2(a, b)],
    Guarded = [guarded(F) || F <- [fun(_) -> ok end, fun() -> ok end, fun lists:map/2, not_fun]],
    {Classified, Clause, Same, Guarded}.

fun_frame([{M, F, Args, Loc} | _]) -> {M, F, Args, Loc}.

guarded(F) when is_function(F, 1) -> arity1;
guarded(F) when is_function(F, 2) -> arity2;
guarded(F) when is_function(F) -> other_arity;
guarded(_) -> not_fun.
