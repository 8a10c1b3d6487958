%% otp-lite: the `logger` module, its primary configuration and its logging API as OTP 25's.
%% The `logger` process (logger_server) only takes events sent as messages (the emulator's
%% crash reports) and logs them here. There are no handler processes or formatter modules:
%% the primary level, filter_default, filters and metadata live in persistent_term
%% (set_primary_config checks them with OTP's exact errors), and an allowed event is
%% written, as OTP's default handler writes it with -noshell (legacy header, multi-line), to
%% the `user` I/O server. Handlers cannot be added, removed or configured here: those
%% functions are absent, so a call raises `undef`.
-module(logger).

-export([emergency/1, emergency/2, emergency/3, alert/1, alert/2, alert/3,
         critical/1, critical/2, critical/3, error/1, error/2, error/3,
         warning/1, warning/2, warning/3, notice/1, notice/2, notice/3,
         info/1, info/2, info/3, debug/1, debug/2, debug/3,
         log/2, log/3, log/4, allow/2, macro_log/3, macro_log/4, macro_log/5,
         set_primary_config/1, set_primary_config/2, get_primary_config/0,
         update_primary_config/1, compare_levels/2,
         set_process_metadata/1, update_process_metadata/1, unset_process_metadata/0,
         get_process_metadata/0, set_module_level/2, unset_module_level/0, unset_module_level/1,
         get_module_level/0, get_module_level/1]).

-define(LEVELS, [none, emergency, alert, critical, error, warning, notice, info, debug, all]).
-define(PRIMARY_KEY, {?MODULE, primary}).
-define(MODULE_LEVELS_KEY, {?MODULE, module_levels}).
-define(METADATA_KEY, '$logger_metadata$').
-define(DEFAULT_PRIMARY, #{level => notice, filter_default => log, filters => [], metadata => #{}}).

emergency(X) -> log(emergency, X).
emergency(X, Y) -> log(emergency, X, Y).
emergency(X, Y, Z) -> log(emergency, X, Y, Z).
alert(X) -> log(alert, X).
alert(X, Y) -> log(alert, X, Y).
alert(X, Y, Z) -> log(alert, X, Y, Z).
critical(X) -> log(critical, X).
critical(X, Y) -> log(critical, X, Y).
critical(X, Y, Z) -> log(critical, X, Y, Z).
error(X) -> log(error, X).
error(X, Y) -> log(error, X, Y).
error(X, Y, Z) -> log(error, X, Y, Z).
warning(X) -> log(warning, X).
warning(X, Y) -> log(warning, X, Y).
warning(X, Y, Z) -> log(warning, X, Y, Z).
notice(X) -> log(notice, X).
notice(X, Y) -> log(notice, X, Y).
notice(X, Y, Z) -> log(notice, X, Y, Z).
info(X) -> log(info, X).
info(X, Y) -> log(info, X, Y).
info(X, Y, Z) -> log(info, X, Y, Z).
debug(X) -> log(debug, X).
debug(X, Y) -> log(debug, X, Y).
debug(X, Y, Z) -> log(debug, X, Y, Z).

log(Level, StringOrReport) ->
    do_log(Level, plain(StringOrReport), #{}).

log(Level, StringOrReport, Metadata) when is_map(Metadata), not is_function(StringOrReport) ->
    do_log(Level, plain(StringOrReport), Metadata);
log(Level, FunOrFormat, Args) ->
    do_log(Level, {FunOrFormat, Args}, #{}).

log(Level, FunOrFormat, Args, Metadata) ->
    do_log(Level, {FunOrFormat, Args}, Metadata).

allow(Level, Module) when is_atom(Module) ->
    level_to_int(Level) =< level_to_int(module_level(Module, primary())).

macro_log(Location, Level, StringOrReport) ->
    log_allowed(Location, Level, plain(StringOrReport), #{}).

macro_log(Location, Level, StringOrReport, Meta) when is_map(Meta), not is_function(StringOrReport) ->
    log_allowed(Location, Level, plain(StringOrReport), Meta);
macro_log(Location, Level, FunOrFormat, Args) ->
    log_allowed(Location, Level, {FunOrFormat, Args}, #{}).

macro_log(Location, Level, FunOrFormat, Args, Meta) ->
    log_allowed(Location, Level, {FunOrFormat, Args}, Meta).

compare_levels(Level, Level) when is_atom(Level) ->
    case lists:member(Level, ?LEVELS) of
        true -> eq;
        false -> erlang:error(badarg, [Level, Level])
    end;
compare_levels(Level1, Level2) ->
    case {lists:member(Level1, ?LEVELS), lists:member(Level2, ?LEVELS)} of
        {true, true} ->
            case level_to_int(Level1) < level_to_int(Level2) of
                true -> gt;
                false -> lt
            end;
        _ ->
            erlang:error(badarg, [Level1, Level2])
    end.

%% ---- primary configuration ----------------------------------------------------------------

set_primary_config(Key, Value) ->
    set_primary(maps:put(Key, Value, primary())).

set_primary_config(Config) when is_map(Config) ->
    set_primary(maps:merge(?DEFAULT_PRIMARY, Config));
set_primary_config(Config) ->
    {error, {invalid_config, Config}}.

update_primary_config(Config) when is_map(Config) ->
    set_primary(maps:merge(primary(), Config));
update_primary_config(Config) ->
    {error, {invalid_config, Config}}.

get_primary_config() ->
    primary().

set_primary(Config) ->
    try
        check_config(maps:to_list(Config)),
        persistent_term:put(?PRIMARY_KEY, Config),
        ok
    catch
        throw:Reason -> {error, Reason}
    end.

check_config([{level, Level} | Rest]) ->
    check_level(Level),
    check_config(Rest);
check_config([{filters, Filters} | Rest]) ->
    check_filters(Filters),
    check_config(Rest);
check_config([{filter_default, FD} | Rest]) when FD =:= log; FD =:= stop ->
    check_config(Rest);
check_config([{filter_default, FD} | _]) ->
    throw({invalid_filter_default, FD});
check_config([{metadata, Meta} | Rest]) when is_map(Meta) ->
    check_config(Rest);
check_config([C | _]) ->
    throw({invalid_primary_config, C});
check_config([]) ->
    ok.

check_level(Level) ->
    case lists:member(Level, ?LEVELS) of
        true -> ok;
        false -> throw({invalid_level, Level})
    end.

check_filters([{Id, {Fun, _Args}} | Filters]) when is_atom(Id), is_function(Fun, 2) ->
    check_filters(Filters);
check_filters([Filter | _]) ->
    throw({invalid_filter, Filter});
check_filters([]) ->
    ok;
check_filters(Filters) ->
    throw({invalid_filters, Filters}).

primary() ->
    persistent_term:get(?PRIMARY_KEY, ?DEFAULT_PRIMARY).

%% ---- module levels and process metadata --------------------------------------------------

set_module_level(Module, Level) when is_atom(Module) ->
    set_module_level([Module], Level);
set_module_level(Modules, Level) when is_list(Modules) ->
    case lists:member(Level, ?LEVELS) andalso lists:all(fun erlang:is_atom/1, Modules) of
        true ->
            Old = persistent_term:get(?MODULE_LEVELS_KEY, #{}),
            New = lists:foldl(fun(M, Acc) -> maps:put(M, Level, Acc) end, Old, Modules),
            persistent_term:put(?MODULE_LEVELS_KEY, New),
            ok;
        false when is_atom(Level) ->
            {error, {not_a_list_of_modules, Modules}};
        false ->
            {error, {invalid_level, Level}}
    end;
set_module_level(Modules, _Level) ->
    {error, {not_a_list_of_modules, Modules}}.

unset_module_level() ->
    persistent_term:put(?MODULE_LEVELS_KEY, #{}),
    ok.

unset_module_level(Module) when is_atom(Module) ->
    unset_module_level([Module]);
unset_module_level(Modules) when is_list(Modules) ->
    Old = persistent_term:get(?MODULE_LEVELS_KEY, #{}),
    persistent_term:put(?MODULE_LEVELS_KEY, maps:without(Modules, Old)),
    ok;
unset_module_level(Modules) ->
    {error, {not_a_list_of_modules, Modules}}.

get_module_level() ->
    lists:sort(maps:to_list(persistent_term:get(?MODULE_LEVELS_KEY, #{}))).

get_module_level(Module) when is_atom(Module) ->
    get_module_level([Module]);
get_module_level(Modules) when is_list(Modules) ->
    [{M, L} || {M, L} <- get_module_level(), lists:member(M, Modules)].

set_process_metadata(Meta) when is_map(Meta) ->
    _ = put(?METADATA_KEY, Meta),
    ok;
set_process_metadata(Meta) ->
    erlang:error(badarg, [Meta]).

update_process_metadata(Meta) when is_map(Meta) ->
    set_process_metadata(maps:merge(get_process_metadata_map(), Meta));
update_process_metadata(Meta) ->
    erlang:error(badarg, [Meta]).

unset_process_metadata() ->
    _ = erase(?METADATA_KEY),
    ok.

get_process_metadata() ->
    case get(?METADATA_KEY) of
        undefined -> undefined;
        Meta -> Meta
    end.

get_process_metadata_map() ->
    case get(?METADATA_KEY) of
        undefined -> #{};
        Meta -> Meta
    end.

%% ---- events --------------------------------------------------------------------------------

do_log(Level, Msg, Metadata) ->
    log_allowed(#{}, Level, Msg, Metadata).

log_allowed(Location, Level, Msg, Metadata) when is_map(Location), is_map(Metadata) ->
    Primary = primary(),
    Threshold = case maps:get(mfa, Location, maps:get(mfa, Metadata, undefined)) of
                    {M, _, _} when is_atom(M) -> module_level(M, Primary);
                    _ -> maps:get(level, Primary)
                end,
    case level_to_int(Level) =< level_to_int(Threshold) of
        true ->
            Meta = maps:merge(maps:merge(maps:get(metadata, Primary), get_process_metadata_map()),
                              maps:merge(Location, Metadata)),
            Event = #{level => Level, msg => Msg, meta => Meta},
            case apply_filters(maps:get(filters, Primary), Event, maps:get(filter_default, Primary)) of
                stop -> ok;
                Final -> write(Final)
            end;
        false ->
            ok
    end.

%% A message given without arguments: a report (map or key-value list) or a string.
plain(Report) when is_map(Report); is_list(Report), Report =/= [], is_tuple(hd(Report)) ->
    {report, Report};
plain(String) ->
    {string, String}.

apply_filters([], Event, log) -> Event;
apply_filters([], _Event, stop) -> stop;
apply_filters([{_Id, {Fun, Args}} | Rest], Event, Default) ->
    case Fun(Event, Args) of
        stop -> stop;
        ignore -> apply_filters(Rest, Event, Default);
        #{} = New -> apply_filters(Rest, New, Default);
        _ -> apply_filters(Rest, Event, Default)
    end.

%% The default handler's output with -noshell: a legacy header with the local time, then the
%% message, then an empty line.
write(#{level := Level, msg := Msg, meta := Meta}) ->
    {{Y, Mo, D}, {H, Mi, S}} = erlang:localtime(),
    Micro = erlang:system_time(microsecond) rem 1000000,
    Header = io_lib:format("=~s REPORT==== ~w-~s-~4..0w::~2..0w:~2..0w:~2..0w.~6..0w ===~n",
                           [header_level(Level), D, month(Mo), Y, H, Mi, S, Micro]),
    Body = format_msg(Msg, Meta),
    io:put_chars(user, [Header, Body, $\n]).

format_msg({string, String}, _Meta) -> String;
format_msg({report, Report}, Meta) ->
    case maps:get(report_cb, Meta, undefined) of
        Cb when is_function(Cb, 1) ->
            {Format, Args} = Cb(Report),
            io_lib:format(Format, Args);
        _ ->
            format_report(Report)
    end;
format_msg({Fun, Args}, _Meta) when is_function(Fun, 1) ->
    case Fun(Args) of
        {string, String} -> String;
        {Format, FArgs} -> io_lib:format(Format, FArgs);
        Report -> format_report(Report)
    end;
format_msg({Format, Args}, _Meta) ->
    io_lib:format(Format, Args).

format_report(Report) when is_map(Report) ->
    format_report(lists:sort(maps:to_list(Report)));
format_report(Report) when is_list(Report) ->
    [io_lib:format("    ~tp: ~tp~n", [K, V]) || {K, V} <- Report];
format_report(Report) ->
    io_lib:format("~tp", [Report]).

header_level(emergency) -> "EMERGENCY";
header_level(alert) -> "ALERT";
header_level(critical) -> "CRITICAL";
header_level(error) -> "ERROR";
header_level(warning) -> "WARNING";
header_level(notice) -> "NOTICE";
header_level(info) -> "INFO";
header_level(debug) -> "DEBUG".

month(M) ->
    element(M, {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}).

level_to_int(none) -> -1;
level_to_int(emergency) -> 0;
level_to_int(alert) -> 1;
level_to_int(critical) -> 2;
level_to_int(error) -> 3;
level_to_int(warning) -> 4;
level_to_int(notice) -> 5;
level_to_int(info) -> 6;
level_to_int(debug) -> 7;
level_to_int(all) -> 10;
level_to_int(Level) -> erlang:error(badarg, [Level]).

%% The level that applies to Module: its own if set, else the primary one.
module_level(Module, Primary) ->
    case persistent_term:get(?MODULE_LEVELS_KEY, #{}) of
        #{Module := Level} -> Level;
        _ -> maps:get(level, Primary)
    end.
