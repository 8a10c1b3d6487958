-module(exceptions_raise).
-export([start/0]).

%% erlang:raise/3: rethrowing with a saved stack trace, raising each class, and what raise
%% does with a malformed stack trace or class (it returns badarg instead of raising).

start() ->
    Classes = [catching(fun() -> erlang:raise(C, reason, []) end) || C <- [error, exit, throw]],
    Bad = [catching(fun() -> erlang:raise(id(bad_class), r, []) end),
           catching(fun() -> erlang:raise(error, r, id(not_a_list)) end),
           catching(fun() -> erlang:raise(error, r, id([bad_frame])) end),
           catching(fun() -> erlang:raise(error, r, id([{m, f, 1, [{line, 1}]}])) end),
           catching(fun() -> erlang:raise(error, r, id([{m, f, [a], []}])) end),
           catching(fun() -> erlang:raise(error, r, id([{m, f, 1}])) end)],
    Rethrown = try
                   try error(first) catch error:first:S -> erlang:raise(error, second, S) end
               catch error:second:S2 -> own(S2)
               end,
    Preserved = try
                    try throw(t) catch throw:t:S3 -> erlang:raise(throw, t2, S3) end
                catch Class:R:_ -> {Class, R}
                end,
    {Classes, Bad, Rethrown, Preserved}.

own(S) -> [{M, F, A} || {M, F, A, _} <- S, M =:= ?MODULE].

id(X) -> X.

catching(F) ->
    try F() of V -> {returned, V} catch Class:Reason:Stack -> {Class, Reason, [Fr || Fr <- Stack, element(1, Fr) =:= m]} end.
