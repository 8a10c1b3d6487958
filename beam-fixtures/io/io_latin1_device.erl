%% The standard output of `erl -noshell` is a latin1 device: characters 128..255 are written
%% as single bytes, characters above 255 as \x{...} by ~ts and put_chars of a list, while ~s
%% refuses them; a binary given to put_chars must be UTF-8.
%% RUN: alone
-module(io_latin1_device).
-export([start/0]).

catching(F) -> try {ok, F()} catch C:R -> {C, R} end.

start() ->
    Opts = io:getopts(),
    io:format("~ts|~n", [[233, 8364]]),
    io:format("~ts|~n", [<<"é€"/utf8>>]),
    io:format("~s|~n", [[233]]),
    io:format("~s|~n", [<<"é€"/utf8>>]),
    io:format("~p ~tp~n", [[233, 8364], [233, 8364]]),
    io:format("~p ~tp~n", [<<"é"/utf8>>, <<"é"/utf8>>]),
    io:format("~w ~p~n", ['é', 'é']),
    io:put_chars([233, $\n]),
    io:put_chars([8364, $\n]),
    io:put_chars(<<"é€\n"/utf8>>),
    Errors = [catching(fun() -> io:format("~s|~n", [[8364]]) end),
              catching(fun() -> io:put_chars(<<233, $\n>>) end),
              catching(fun() -> io:format("~c|~n", [8364]) end)],
    io:format("~tc|~n", [8364]),
    {Opts, Errors, io:printable_range(), io:columns(), io:rows()}.
