-module(exceptions_exit_values).
-export([start/0]).

%% Any term can be an exception reason: throw, exit and error with every term type as
%% the reason, caught with class and reason patterns that bind and match them.

start() ->
    Reasons = [atom, 42, -1.5, "string", <<"bin">>, {tuple, 1}, [list], #{map => 1}, fun lists:map/2, 1 bsl 100, [], {}],
    [[caught(Class, R) || Class <- [throw, exit, error]] || R <- Reasons].

caught(Class, R) ->
    try erlang:raise(Class, R, []) of _ -> impossible
    catch
        throw:T when is_atom(T) -> {throw_atom, T};
        throw:T -> {throw, T};
        exit:{tuple, N} -> {exit_tuple, N};
        exit:E -> {exit, E};
        error:E when is_map(E) -> {error_map, maps:get(map, E)};
        error:E -> {error, E}
    end.
