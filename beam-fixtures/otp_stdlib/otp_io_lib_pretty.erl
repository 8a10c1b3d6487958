-module(otp_io_lib_pretty).
-export([start/0]).

%% ~p pretty printing: line breaking at 80 columns, indentation of nested tuples, lists,
%% maps and records, string detection, and depth limits with ~P.

start() ->
    Big = [{key, N, lists:seq(1, N), #{n => N, name => list_to_binary(lists:duplicate(N, $x))}} || N <- lists:seq(1, 8)],
    Deep = lists:foldl(fun(N, Acc) -> {level, N, Acc} end, leaf, lists:seq(1, 25)),
    Strings = [lists:duplicate(30, "abc"), "short", [[$a, $b], [0, 1]], ["nested", ["strings", ["here"]]]],
    Map = maps:from_list([{list_to_atom("key_" ++ integer_to_list(N)), lists:seq(1, N)} || N <- lists:seq(1, 12)]),
    Out = [lists:flatten(io_lib:format("~p", [T])) || T <- [Big, Deep, Strings, Map]] ++
          [lists:flatten(io_lib:format("~P", [Big, 10])), lists:flatten(io_lib:format("~60p", [Big])),
           lists:flatten(io_lib:format("~p~n", [{a, "α"}])), lists:flatten(io_lib:format("~tp~n", [{a, "α"}])),
           lists:flatten(io_lib_pretty:print({record_like, 1, 2}, [{column, 10}, {line_length, 30}]))],
    Out.
