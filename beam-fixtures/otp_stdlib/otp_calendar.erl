-module(otp_calendar).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% calendar's pure functions: day counts, weekdays, leap years, ISO weeks, conversions
%% between seconds, datetimes and RFC 3339 text (always with an explicit offset, so the
%% machine's time zone never matters), and invalid dates.

start() ->
    Dates = [{1970, 1, 1}, {2000, 2, 29}, {1900, 3, 1}, {2024, 12, 31}, {1, 1, 1}, {2038, 1, 19}, {9999, 12, 31}],
    Days = [{calendar:date_to_gregorian_days(D), calendar:day_of_the_week(D), calendar:iso_week_number(D),
             calendar:last_day_of_the_month(element(1, D), element(2, D))} || D <- Dates],
    Back = [calendar:gregorian_days_to_date(N) || N <- [0, 1, 365, 366, 719528, 730485, 3652058]],
    Secs = [calendar:datetime_to_gregorian_seconds({D, {12, 30, 45}}) || D <- Dates],
    SecsBack = [calendar:gregorian_seconds_to_datetime(S) || S <- [0, 62167219200, 63113904000, 1 bsl 36]],
    Leap = [Y || Y <- [1600, 1700, 1800, 1900, 2000, 2004, 2023, 2024, 2100], calendar:is_leap_year(Y)],
    Valid = [calendar:valid_date(D) || D <- [{2023, 2, 29}, {2024, 2, 29}, {2024, 13, 1}, {2024, 4, 31}, {0, 1, 1}]],
    Rfc = [calendar:system_time_to_rfc3339(T, [{offset, O}, {unit, U}])
           || {T, O, U} <- [{0, "Z", second}, {1700000000, "+02:00", second}, {1700000000123, "-05:30", millisecond},
                            {1700000000123456, "Z", microsecond}, {-1, "Z", second}, {1700000000, 3600, second}]],
    Parsed = [calendar:rfc3339_to_system_time(S, [{unit, U}]) || {S, U} <- [{"1970-01-01T00:00:00Z", second},
                                                                          {"2023-11-14T22:13:20+02:00", second},
                                                                          {"2023-11-14T22:13:20.123Z", millisecond}]],
    Diff = [calendar:time_difference({{2024, 1, 1}, {0, 0, 0}}, {{2024, 3, 1}, {12, 0, 1}}),
            calendar:seconds_to_daystime(100000), calendar:seconds_to_time(3725), calendar:time_to_seconds({1, 2, 5})],
    Errs = [?T(calendar:day_of_the_week({2024, 2, 30})), ?T(calendar:date_to_gregorian_days({2024, 13, 1}))],
    {Days, Back, Secs, SecsBack, Leap, Valid, Rfc, Parsed, Diff, Errs}.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
