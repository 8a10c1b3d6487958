%% io:put_chars/1,2, io:nl/0,1, io:write/1,2 and io:format/3 to standard_io, user and the
%% group leader pid: all three reach standard output in order.
%% RUN: alone
-module(io_put_chars).
-export([start/0]).

start() ->
    A = io:put_chars("a plain list\n"),
    B = io:put_chars(<<"a binary\n">>),
    C = io:put_chars(["deep ", ["io", $l, "ist"], <<" with ">>, [<<"binaries">>], $\n]),
    D = io:put_chars(standard_io, "to standard_io\n"),
    E = io:put_chars(user, "to user\n"),
    F = io:put_chars(group_leader(), "to the group leader\n"),
    G = io:nl(),
    H = io:nl(standard_io),
    I = io:write({written, [1, 2], "s"}),
    io:nl(),
    J = io:write(user, 'written to user'),
    io:nl(user),
    K = io:format(standard_io, "format/3 to ~w~n", [standard_io]),
    L = io:format(user, "format/3 to ~w~n", [user]),
    M = io:format(group_leader(), "format/3 to ~s~n", ["the group leader"]),
    N = io:fwrite(user, "fwrite/3 ~p~n", [{x}]),
    O = io:put_chars(""),
    P = io:put_chars(<<>>),
    Q = io:put_chars([[], [[]], <<>>]),
    io:put_chars(["no newline at the end of this one"]),
    io:nl(),
    {A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q}.
