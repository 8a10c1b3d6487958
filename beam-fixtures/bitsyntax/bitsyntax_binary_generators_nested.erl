-module(bitsyntax_binary_generators_nested).
-export([start/0]).

%% Nested binary generators and mixed list/binary generators, generators whose element
%% pattern skips non-matching elements, and comprehensions consuming their own output.

start() ->
    Pairs = [{X, Y} || <<X:4>> <= <<16#A5>>, <<Y:2>> <= <<2#1101:4>>],
    Skip = [X || <<1:1, X:7>> <= <<128, 1, 255, 2, 200>>],
    Twice = << <<(X * 2)>> || <<X>> <= << <<Y>> || Y <- [1, 2, 3] >> >>,
    Mixed = [{C, N} || <<C>> <= <<"ab">>, N <- [1, 2]],
    Unicode = [C || <<C/utf8>> <= <<"héllo"/utf8>>, C > 127],
    {Pairs, Skip, Twice, Mixed, Unicode}.
