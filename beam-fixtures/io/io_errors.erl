%% What io:format and io:put_chars do with bad formats, wrong argument counts, bad data and
%% devices that do not exist (badarg in the caller), and that nothing is printed for them.
%% RUN: alone
-module(io_errors).
-export([start/0]).

catching(F) -> try {ok, F()} catch C:R -> {C, R} end.

id(X) -> X.

start() ->
    io:format("before~n"),
    Errors =
        [catching(fun() -> io:format(id("~q~n"), []) end),
         catching(fun() -> io:format(id("~w ~w~n"), [one]) end),
         catching(fun() -> io:format(id("~w~n"), [one, two]) end),
         catching(fun() -> io:format(id("~w~n"), id(not_a_list)) end),
         catching(fun() -> io:format(id(42), []) end),
         catching(fun() -> io:format(id("~d~n"), [1.5]) end),
         catching(fun() -> io:format(id("~f~n"), [1]) end),
         catching(fun() -> io:format(id("~s~n"), [{tuple}]) end),
         catching(fun() -> io:format(id("~c~n"), [-1]) end),
         catching(fun() -> io:put_chars(id([a, b])) end),
         catching(fun() -> io:put_chars(id({tuple})) end),
         catching(fun() -> io:put_chars(id([1 | 2])) end),
         catching(fun() -> io:format(io_errors_no_such_device, "x~n", []) end),
         catching(fun() -> io:put_chars(io_errors_no_such_device, "x") end),
         catching(fun() -> io:format(id(12), "x~n", []) end)],
    io:format("after~n"),
    %% A dead pid as device.
    {Pid, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    Dead = [catching(fun() -> io:format(Pid, "x~n", []) end),
            catching(fun() -> io:put_chars(Pid, "x") end)],
    io:format("end~n"),
    {Errors, Dead}.
