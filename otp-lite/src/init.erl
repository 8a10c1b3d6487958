%% The argument queries of OTP's `init`, for the stdlib code that reads them (erl_features
%% looks for `-enable-feature` flags when erl_scan first needs its reserved words).
%% `beamos run` takes no emulator or init flags, so there are none to report: the lists are
%% empty and get_argument/1 finds nothing, as OTP's init answers for flags not given.
%% stop/0,1 are OTP's orderly stop: they return ok at once and the node halts soon after
%% with that status (a string status is a slogan), as OTP's init process does. There is
%% no init process here, so a fresh process does the halting; erlang:halt flushes output.
-module(init).
-export([get_arguments/0, get_argument/1, get_plain_arguments/0, stop/0, stop/1]).

-spec get_arguments() -> [{atom(), [string()]}].
get_arguments() ->
    [].

-spec get_argument(atom()) -> {ok, [[string()]]} | error.
get_argument(_Flag) ->
    error.

-spec get_plain_arguments() -> [string()].
get_plain_arguments() ->
    [].

-spec stop() -> ok.
stop() ->
    stop_1(0).

-spec stop(non_neg_integer() | string()) -> ok.
stop(Status) when is_integer(Status), Status >= 0 ->
    stop_1(Status);
stop(Status) when is_list(Status) ->
    case is_bytelist(Status) of
        true -> stop_1(Status);
        false -> erlang:error(badarg)
    end;
stop(_) ->
    erlang:error(badarg).

is_bytelist([B | Bs]) when is_integer(B), B >= 0, B < 256 -> is_bytelist(Bs);
is_bytelist([]) -> true;
is_bytelist(_) -> false.

%% The status was checked above, so the halt itself cannot fail.
stop_1(Status) ->
    _ = spawn(fun() -> erlang:halt(Status) end),
    ok.
