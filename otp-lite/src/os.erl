%% OTP's `os` without the parts that need ports or a file system (cmd, find_executable).
%% The environment, pid, time and signal functions are BIFs: the stubs below are bound to
%% the VM's natives when the module loads, as OTP declares them.
-module(os).
-export([type/0, getenv/0, getenv/1, getenv/2, putenv/2, unsetenv/1, getpid/0, env/0,
         perf_counter/0, perf_counter/1, set_signal/2, system_time/0, system_time/1,
         timestamp/0]).

%% Inlined, as in OTP, so that the error frame names the function called.
-compile({inline, [badarg_with_info/1]}).

-spec env() -> [{string(), string()}].
env() ->
    erlang:nif_error(undef).

-spec getenv(string()) -> string() | false.
getenv(_VarName) ->
    erlang:nif_error(undef).

-spec getpid() -> string().
getpid() ->
    erlang:nif_error(undef).

-spec perf_counter() -> integer().
perf_counter() ->
    erlang:nif_error(undef).

-spec putenv(string(), string()) -> true.
putenv(_VarName, _Value) ->
    erlang:nif_error(undef).

-spec system_time() -> integer().
system_time() ->
    erlang:nif_error(undef).

-spec system_time(erlang:time_unit()) -> integer().
system_time(_Unit) ->
    erlang:nif_error(undef).

-spec timestamp() -> erlang:timestamp().
timestamp() ->
    erlang:nif_error(undef).

-spec unsetenv(string()) -> true.
unsetenv(_VarName) ->
    erlang:nif_error(undef).

-spec set_signal(atom(), atom()) -> ok.
set_signal(_Signal, _Option) ->
    erlang:nif_error(undef).

-spec perf_counter(erlang:time_unit()) -> integer().
perf_counter(Unit) ->
    try
        erlang:convert_time_unit(os:perf_counter(), perf_counter, Unit)
    catch
        error:_ -> badarg_with_info([Unit])
    end.

-spec getenv() -> [string()].
getenv() ->
    [lists:flatten([Name, $=, Value]) || {Name, Value} <- os:env()].

-spec getenv(string(), string()) -> string().
getenv(VarName, Default) ->
    try os:getenv(VarName) of
        false -> Default;
        Value -> Value
    catch
        error:_ -> badarg_with_info([VarName, Default])
    end.

-spec type() -> {unix | win32, atom()}.
type() ->
    erlang:system_info(os_type).

badarg_with_info(Args) ->
    erlang:error(badarg, Args, [{error_info, #{module => erl_kernel_errors}}]).
