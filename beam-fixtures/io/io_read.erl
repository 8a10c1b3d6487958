%% io:read/1,2 from stdin (io_read.stdin): one Erlang term per call, ended by a dot; terms may
%% span lines and share lines; syntax errors come back as {error, ...} and reading goes on
%% after them; eof at the end.
-module(io_read).
-export([start/0]).

start() ->
    Terms = read_all(20),
    io:nl(),
    Terms.

read_all(0) -> [];
read_all(N) ->
    case io:read("term> ") of
        eof -> [eof];
        {ok, T} -> [{ok, T} | read_all(N - 1)];
        {error, {Line, Mod, _Message}} -> [{error, Line, Mod} | read_all(N - 1)];
        Other -> [{other, Other} | read_all(N - 1)]
    end.
