-module(elixir_access_kernel).
-export([start/0]).

%% Kernel functions that are real functions in Elixir (not macros): get_in/put_in/update_in
%% with Access keys on nested maps and keyword lists, Access.at/key/elem/filter, and a few
%% Kernel helpers (max/min/to_string via String.Chars).

start() ->
    K = 'Elixir.Kernel',
    A = 'Elixir.Access',
    Data = #{users => [#{name => <<"ann">>, age => 30}, #{name => <<"bob">>, age => 25}], meta => [{count, 2}]},
    R = [K:get_in(Data, [meta, count]), K:get_in(Data, [users, A:at(1), name]), K:get_in(Data, [users, A:all(), age]),
         K:put_in(Data, [meta, count], 3), K:update_in(Data, [users, A:all(), age], fun(X) -> X + 1 end),
         K:get_in(Data, [users, A:filter(fun(#{age := Ag}) -> Ag > 26 end), name]), K:pop_in(Data, [meta, count]),
         K:get_and_update_in(Data, [meta, count], fun(V) -> {V, V * 10} end), A:get(#{a => 1}, a), A:get([{a, 1}], b, none),
         A:fetch(#{a => 1}, a), K:get_in({1, {2, 3}}, [A:elem(1), A:elem(0)]), K:max(1, 2), K:min(a, 1),
         'Elixir.String.Chars':to_string(123), 'Elixir.String.Chars':to_string(abc), 'Elixir.String.Chars':to_string([104, 105]),
         'Elixir.String.Chars':to_string(1.5), 'Elixir.List.Chars':to_charlist(<<"xy">>)],
    R.
