%% io:format/1,2 and io:fwrite/1,2 to standard output: the expected output is every printed
%% line followed by the runner's own ~w line of the result.
%% RUN: alone
-module(io_format_basic).
-export([start/0]).

start() ->
    R1 = io:format("plain text, no arguments~n"),
    R2 = io:format("~w ~w ~w ~w~n", [atom, 42, -7, 2.5]),
    io:format("~p | ~p | ~p~n", [{tuple, [list, "string"]}, <<"bin">>, #{k => v}]),
    io:format("~s|~s|~s~n", ["chars", <<"binary">>, atom_as_s]),
    io:format("~c~c~c|~5c|~n", [$a, $b, $c, $x]),
    io:format("~e|~f|~g|~.2f|~10.3f|~-10.3f|~n", [3.14159, 3.14159, 3.14159, 2.0, 1.5, 1.5]),
    io:format("~b|~.16b|~.2B|~8.16.0B|~x|~.16X|~#|~.16#|~+|~.16+~n",
              [255, 255, 5, 255, 255, "0x", 255, "0x", 255, 255, 255, 255]),
    io:format("~10s|~-10s|~.3s|~10.3s|~n", ["right", "left", "truncate", "both"]),
    io:format("~*c|~*s|~.*f|~n", [3, $z, 6, "ab", 2, 1.23456]),
    io:format("~i~w~n", [ignored, shown]),
    io:format("~~ tilde and ~n new line~n", []),
    io:format("~P~n", [[1, [2, [3, [4, [5, [6]]]]]], 4]),
    io:format("~W~n", [{a, {b, {c, {d, {e}}}}}, 3]),
    io:format("~p~n", [lists:seq(1, 40)]),
    io:format("~p~n", [[{key, "a long string value"}, {another_key, <<"a binary value">>},
                        {third, [1.0, 2.0, 3.0]}, {fourth, #{nested => [deep]}}]]),
    io:format("~40p|~n", [{a_tuple, with, "several elements", that, wraps}]),
    io:format("~w~n", [[{x, "str"}, <<1, 2, 3>>, 1.0e100, 'quoted atom', [] , {}]]),
    R3 = io:fwrite("fwrite ~w~n", [ok]),
    R4 = io:fwrite("fwrite without arguments~n"),
    io:format(<<"format from a binary ~w~n">>, [1]),
    io:format(format_from_atom_no_tilde),
    io:nl(),
    {R1, R2, R3, R4}.
