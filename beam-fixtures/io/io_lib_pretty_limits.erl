%% The term printer behind ~p with its other options: io_lib:format/3's chars_limit shared
%% between ~p, ~w and ~s (the deepest depth that fits the budget is searched), io_lib:write/2
%% with chars_limit, io_lib:print/4, and io_lib_pretty:print/2 with a record definition fun
%% (#name{field = ...} layouts), line_max_chars, strings false, column and line_length.
%% RUN: alone
-module(io_lib_pretty_limits).
-export([start/0]).

start() ->
    Big = #{users => [{user, N, lists:flatten(io_lib:format("name ~b", [N])), [admin || N rem 3 =:= 0]}
                      || N <- lists:seq(1, 12)],
            counts => lists:seq(1, 40),
            blob => list_to_binary(lists:seq(0, 99)),
            text => <<"some text in a binary, long enough to be cut somewhere">>},
    [line(io_lib:format("~p", [Big], [{chars_limit, L}])) || L <- [1, 3, 10, 40, 100, 250, 600]],
    [line(io_lib:format("~w", [Big], [{chars_limit, L}])) || L <- [5, 50, 200]],
    [line(io_lib:format("~s|~w|~p", [lists:duplicate(30, $s), Big, Big], [{chars_limit, L}]))
     || L <- [20, 90, 300]],
    [line(io_lib:format("~10s|~-12s|~ts", ["a string", "another one", <<"ünïcödé text"/utf8>>],
                        [{chars_limit, L}])) || L <- [0, 6, 15, 40]],
    line(io_lib:format("~P", [Big, 4], [{chars_limit, 300}])),
    line(io_lib:format("~p", [lists:duplicate(30, "abcdefghij")], [{chars_limit, 100}])),
    line(io_lib:format("~tp", [lists:duplicate(10, [16#4e2d, $a, $b])], [{chars_limit, 60}])),
    [line(io_lib:write(Big, [{chars_limit, L}])) || L <- [1, 2, 12, 80, 500]],
    [line(io_lib:write(lists:seq(1, 100), [{chars_limit, L}, {depth, D}]))
     || {L, D} <- [{30, -1}, {30, 5}, {300, 20}]],
    line(io_lib:print(Big)),
    line(io_lib:print(Big, 20, 60, -1)),
    line(io_lib:print(Big, 1, 80, 5)),
    line(io_lib:write(Big, 6, true)),
    Fields = fun(person, 3) -> [name, age, address];
                (address, 3) -> [street, city, country];
                (empty, 0) -> [];
                (a_record_with_a_rather_long_name, 2) -> [first_field_of_it, 'second field'];
                (_, _) -> no
             end,
    People = [{person, "Ann Example", 42, {address, "1 Long Street Name", "Some City", "Country"}},
              {person, "Bo", 7, {address, "2 Road", "Town", "Land"}},
              {empty},
              {a_record_with_a_rather_long_name, lists:seq(1, 30), {nested, [deep, values]}},
              {person, too, many, fields, here}],
    line(io_lib_pretty:print(People, Fields)),
    line(io_lib_pretty:print(People, 3, Fields)),
    line(io_lib_pretty:print(People, [{record_print_fun, Fields}, {column, 30}, {line_length, 70}])),
    line(io_lib_pretty:print(People, [{record_print_fun, Fields}, {chars_limit, 120}])),
    line(io_lib_pretty:print(People, [{record_print_fun, Fields}, {line_max_chars, 30}])),
    line(io_lib_pretty:print(People, 1, 80, -1, 40, Fields)),
    line(io_lib_pretty:print(People, 10, 50, 4, Fields)),
    line(io_lib_pretty:print(["strings", <<"and binaries">>, "as lists"], [{strings, false}])),
    line(io_lib_pretty:print(Big, [{line_length, 0}])),
    line(io_lib_pretty:print(Big, [{column, 60}, {line_length, 100}, {depth, 8}, {encoding, latin1}])),
    ok.

line(Chars) ->
    io:put_chars([Chars, $\n]).
