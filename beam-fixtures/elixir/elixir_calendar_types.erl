-module(elixir_calendar_types).
-export([start/0]).

%% Elixir's calendar types with Calendar.ISO: Date, Time, NaiveDateTime and DateTime (UTC
%% only), construction, arithmetic, comparison, ISO 8601 text in both directions. No
%% function that reads the clock or a time-zone database (DateTime.from_naive/2 would
%% read the :elixir application environment, which is not loaded here).

start() ->
    D = 'Elixir.Date',
    N = 'Elixir.NaiveDateTime',
    T = 'Elixir.Time',
    DT = 'Elixir.DateTime',
    {ok, D1} = D:new(2024, 2, 28),
    {ok, N1} = N:new(2023, 12, 31, 23, 59, 59),
    R = [D:to_iso8601(D:add(D1, 2)), D:diff(D:'new!'(2025, 1, 1), D1), D:day_of_week(D1), D:day_of_year(D1), D:'leap_year?'(D1),
         D:days_in_month(D1), D:to_string(D:'from_iso8601!'(<<"2000-01-01">>)), D:from_iso8601(<<"2000-13-01">>), D:new(2023, 2, 29),
         D:compare(D1, D:'new!'(2024, 3, 1)), D:to_erl(D1), D:beginning_of_week(D1), D:end_of_month(D1),
         N:to_iso8601(N:add(N1, 1)), N:to_string(N:add(N1, -86400)), N:diff(N:add(N1, 3600), N1), N:to_erl(N1),
         N:from_iso8601(<<"2024-06-01T12:30:00.123456">>), N:truncate(N:'from_iso8601!'(<<"2024-06-01T12:30:00.123456">>), second),
         T:to_string(T:'new!'(23, 59, 59)), T:add(T:'new!'(23, 59, 59), 2), T:diff(T:'new!'(12, 0, 0), T:'new!'(11, 0, 0)),
         DT:to_iso8601(DT:'from_unix!'(0)), DT:to_iso8601(DT:'from_unix!'(1700000000123, millisecond)),
         DT:to_unix(DT:'from_unix!'(1234567890)), DT:from_iso8601(<<"2024-01-01T00:00:00+02:00">>)],
    R.
