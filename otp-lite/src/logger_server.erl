%% otp-lite: the process registered as `logger`, the part of OTP 25's logger_server that
%% takes log events as messages from those who cannot call the API: the emulator sends
%% `{log, error, "Error in process ~p with exit value:~n~p~n", [Pid, Reason], Meta}` when a
%% process ends by an error or a throw. Each event is logged through logger:log/3,4 in this
%% process, so the primary level, module levels and filters apply to it as in OTP, and the
%% default handler's output is the same. The VM starts and registers it
%% (vm::console::start); with no `logger` registered the VM prints such reports itself.
-module(logger_server).
-export([server/0]).

server() ->
    receive
        {log, Level, Format, Args, Meta} ->
            safe_log(fun() -> logger:log(Level, Format, Args, Meta) end);
        {log, Level, Report, Meta} ->
            safe_log(fun() -> logger:log(Level, Report, Meta) end);
        _Unexpected ->
            ok
    end,
    server().

%% A bad event or a filter that fails must not take the logger down with it.
safe_log(Log) ->
    try Log() of
        _ -> ok
    catch
        _:_ -> ok
    end.
