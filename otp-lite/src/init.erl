%% The argument queries of OTP's `init`, for the stdlib code that reads them (erl_features
%% looks for `-enable-feature` flags when erl_scan first needs its reserved words).
%% `beamos run` takes no emulator or init flags, so there are none to report: the lists are
%% empty and get_argument/1 finds nothing, as OTP's init answers for flags not given.
-module(init).
-export([get_arguments/0, get_argument/1, get_plain_arguments/0]).

-spec get_arguments() -> [{atom(), [string()]}].
get_arguments() ->
    [].

-spec get_argument(atom()) -> {ok, [[string()]]} | error.
get_argument(_Flag) ->
    error.

-spec get_plain_arguments() -> [string()].
get_plain_arguments() ->
    [].
