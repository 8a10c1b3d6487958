-module(exceptions_catch_old).
-export([start/0]).

%% The old catch expression: values of normal returns, throws, errors (with a stack trace in
%% the 'EXIT' tuple) and exits; catch inside expressions; nested catches; catch of a
%% function_clause from a fun.

start() ->
    Values = [catch id(1), catch throw(t), catch exit(e), catch throw({nested, [1]}), catch erlang:throw(ok)],
    Err = catch error(boom),
    ErrShape = case Err of {'EXIT', {boom, [Frame | _]}} -> {exit_tuple, element(1, Frame), element(2, Frame)}; _ -> Err end,
    InExpr = [1 + (catch id(2)), length([catch id(x), catch throw(y)]), (catch throw(3)) * 2],
    Nested = catch (catch throw(inner)),
    NestedErr = element(1, element(2, catch (catch error(deep)))),
    FunClause = case catch (fun(a) -> ok end)(id(b)) of {'EXIT', {Reason, _}} -> Reason; Other -> Other end,
    Badarith = case catch id(1) / id(0) of {'EXIT', {R, _}} -> R end,
    Loop = [catch loop_body(N) || N <- lists:seq(1, 6)],
    {Values, ErrShape, InExpr, Nested, NestedErr, FunClause, Badarith, Loop}.

loop_body(N) when N rem 3 =:= 0 -> throw({three, N});
loop_body(N) when N rem 2 =:= 0 -> exit({two, N});
loop_body(N) -> N.

id(X) -> X.
