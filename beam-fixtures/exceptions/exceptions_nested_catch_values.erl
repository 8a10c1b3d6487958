-module(exceptions_nested_catch_values).
-export([start/0]).

%% try expressions used as values inside other expressions: in arguments, list elements,
%% map values, binary segments and guards of case; the of-branch value versus the
%% catch-branch value.

start() ->
    A = [try id(1) of 1 -> one catch _:_ -> err end, try error(x) of _ -> no catch error:x -> caught end],
    B = #{k => try throw(v) catch throw:V -> V end},
    C = <<(try id(65) catch _:_ -> 0 end), (try error(y) catch _:_ -> 66 end)>>,
    D = lists:sum([try 10 div N catch error:badarith -> 1000 end || N <- [5, 0, 2, 0]]),
    E = case try {ok, id(3)} catch _:_ -> error end of {ok, N} when N > 2 -> big; _ -> small end,
    F = tuple_size({try a after ok end, try b catch _:_ -> c end}),
    {A, B, C, D, E, F}.

id(X) -> X.
