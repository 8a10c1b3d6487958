-module(elixir_exceptions).
-export([start/0]).

%% Elixir functions that raise, caught from Erlang: the raised terms are exception structs
%% (maps with __exception__ => true); Exception.message/1 renders their messages.

start() ->
    Calls = [fun() -> 'Elixir.Map':'fetch!'(#{a => 1}, b) end, fun() -> 'Elixir.Enum':'fetch!'([1], 5) end,
             fun() -> 'Elixir.String':to_integer(<<"x">>) end, fun() -> 'Elixir.Keyword':'fetch!'([], k) end,
             fun() -> 'Elixir.List':'first'(not_a_list) end, fun() -> 'Elixir.Integer':parse(<<"1">>, 99) end,
             fun() -> 'Elixir.Enum':'at'(not_enumerable, 0) end, fun() -> 'Elixir.Map':'update!'(#{}, k, fun(X) -> X end) end],
    [catching(C) || C <- Calls].

catching(F) ->
    try F() of V -> {returned, V}
    catch
        error:#{'__exception__' := true, '__struct__' := Mod} = E -> {Mod, 'Elixir.Exception':message(E)};
        C:R -> {C, R}
    end.
