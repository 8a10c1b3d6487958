-module(exceptions_try_flow).
-export([start/0]).

%% Control flow through try/of/catch/after and the old catch expression: which branch runs,
%% in which order after-blocks run, rethrowing, nested handlers, and values of catch.

start() ->
    put(log, []),
    R1 = flow(fun() -> ok end),
    R2 = flow(fun() -> throw(t) end),
    R3 = flow(fun() -> error(e) end),
    R4 = flow(fun() -> exit(x) end),
    R5 = flow(fun() -> nomatch end),
    Log = lists:reverse(get(log)),
    Nested = nested(),
    Old = [catch id(1), catch throw(thrown), element(1, catch error(boom)), element(1, element(2, catch error(boom))),
           catch exit(bye), (catch id(1)) + 1, catch erlang:raise(throw, rt, [])],
    Rethrow = try rethrow() catch C:R -> {outer, C, R} end,
    AfterValue = after_value(),
    ClassMatch = [class_match(F) || F <- [fun() -> throw(a) end, fun() -> error(b) end, fun() -> exit(c) end,
                                         fun() -> throw({tag, 1}) end, fun() -> error({tag, 2}) end]],
    Deep = deep_throw(50),
    Guarded = [guarded_catch(F) || F <- [fun() -> throw(1) end, fun() -> throw(-1) end, fun() -> throw(a) end]],
    erase(log),
    {R1, R2, R3, R4, R5, Log, Nested, Old, Rethrow, AfterValue, ClassMatch, Deep, Guarded}.

log(X) -> put(log, [X | get(log)]).

flow(F) ->
    try F() of
        ok -> log(of_ok), ok_result;
        Other -> log({of_other, Other}), {other, Other}
    catch
        throw:T -> log({caught_throw, T}), {thrown, T};
        error:E -> log({caught_error, E}), {errored, E};
        exit:X -> log({caught_exit, X}), {exited, X}
    after
        log(after_ran)
    end.

nested() ->
    try
        try throw(inner)
        catch throw:inner -> throw(from_handler)
        after log(inner_after)
        end
    catch throw:Y -> {caught_outer, Y}
    end.

rethrow() ->
    try error(original)
    catch error:Reason:Stack -> erlang:raise(error, {wrapped, Reason}, Stack)
    end.

after_value() ->
    %% The value of try ... after is the try's value, not the after block's.
    try 1 after 2 end.

class_match(F) ->
    try F()
    catch
        throw:{tag, N} -> {tagged_throw, N};
        error:{tag, N} -> {tagged_error, N};
        throw:_ -> any_throw;
        Class:_ -> {other_class, Class}
    end.

deep_throw(0) -> throw(bottom);
deep_throw(N) ->
    try deep_throw(N - 1)
    catch throw:bottom when N =:= 25 -> {caught_at, N}
    end.

guarded_catch(F) ->
    try F()
    catch throw:N when is_integer(N), N > 0 -> positive;
          throw:N when is_integer(N) -> non_positive;
          throw:_ -> other
    end.

id(X) -> X.
