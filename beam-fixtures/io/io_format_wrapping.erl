%% How ~p lays out big terms on the 80-column standard output: line breaks and indentation
%% of nested lists, tuples, maps, record-like tuples, long strings and binaries; ~P depth;
%% ~Np sets the line length to N (not a field width).
%% RUN: alone
-module(io_format_wrapping).
-export([start/0]).

start() ->
    io:format("~p~n", [[{I, lists:seq(1, I)} || I <- lists:seq(1, 12)]]),
    io:format("~p~n", [#{alpha => lists:seq(1, 30), beta => {nested, [deep, "string value"]},
                         gamma => <<"a binary that is long enough to need its own line ok">>}]),
    io:format("~p~n", [{person, "A name that is quite long", 42, [{street, "Somewhere 1"},
                                                                  {city, "Elsewhere"}], undefined}]),
    io:format("~p~n", [lists:duplicate(5, "a string repeated several times")]),
    io:format("~p~n", [list_to_binary(lists:duplicate(100, $x))]),
    io:format("~p~n", [[[[[[[[[[deep]]]]]]]]]]),
    io:format("  indented: ~p~n", [lists:seq(100, 130)]),
    io:format("~P~n", [lists:seq(1, 100), 10]),
    io:format("~P~n", [{a, [b, {c, [d, {e}]}], "str", <<"bin">>}, 5]),
    io:format("~30p|~n", [{a_tuple, "that wraps", at, thirty, columns, [1, 2, 3]}]),
    ok.
