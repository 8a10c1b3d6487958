-module(bifs_misc_time_units).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Time BIFs whose results can be checked without depending on the clock: unit conversion
%% with every unit name and integer units (rounding toward minus infinity), the shapes of
%% date/time tuples, and monotonic ordering.

start() ->
    Units = [second, millisecond, microsecond, nanosecond, native, perf_counter, 1, 10, 1000, 3, 7, 1000000],
    Fixed = [second, millisecond, microsecond, nanosecond, 1, 10, 1000, 3, 7, 1000000],
    Conv = [[erlang:convert_time_unit(V, From, To) || From <- Fixed, To <- Fixed] || V <- [0, 1, -1, 999, -1001, 123456789, -(1 bsl 62)]],
    NativeRoundTrip = [erlang:convert_time_unit(erlang:convert_time_unit(5, second, native), native, second)],
    Errs = [?T(erlang:convert_time_unit(1, id(0), second)), ?T(erlang:convert_time_unit(1, id(seconds), second)),
            ?T(erlang:convert_time_unit(id(1.0), second, millisecond)), ?T(erlang:convert_time_unit(1, second, id(-5)))],
    Shapes = [shape(erlang:localtime()), shape(erlang:universaltime()), shape(erlang:timestamp()), shape(erlang:date()),
              shape(erlang:time()), is_integer(erlang:system_time(millisecond)), is_integer(erlang:monotonic_time(nanosecond)),
              is_integer(erlang:time_offset()), is_integer(os:system_time())],
    Mono = [erlang:monotonic_time() || _ <- lists:seq(1, 20)],
    KnownUnits = [is_integer(erlang:convert_time_unit(1, second, U)) || U <- Units],
    {Conv, NativeRoundTrip, Errs, Shapes, Mono =:= lists:sort(Mono), KnownUnits}.

shape({{Y, Mo, D}, {H, Mi, S}}) when is_integer(Y), Mo >= 1, Mo =< 12, D >= 1, D =< 31, H < 24, Mi < 60, S < 61 -> datetime;
shape({A, B, C}) when A >= 1000, B >= 1, B =< 12, C >= 1, C =< 31 -> date;
shape({A, B, C}) when A < 24, B < 60, C < 61 -> time;
shape({Mega, Sec, Micro}) when is_integer(Mega), Sec < 1000000, Micro < 1000000 -> timestamp;
shape(Other) -> {unexpected, Other}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
