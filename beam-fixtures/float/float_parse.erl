-module(float_parse).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% list_to_float/binary_to_float accept exactly Erlang float syntax; everything else is badarg.
%% Round-trips of printed floats must be exact.

start() ->
    Texts = ["1.0", "-1.0", "+1.0", "0.0", "-0.0", "1.5e3", "1.5E3", "1.5e+3", "1.5e-3", "1.0e308",
             "1.0e309", "4.9e-324", "2.4e-324", "2.5e-324", "1.0e-400", "123456789012345678901234567890.0",
             "0.1000000000000000055511151231257827", "1", "1.", ".5", "1e5", "1.0e", "1.0e+", "1.0 ",
             " 1.0", "1.0f", "1,0", "", "-", "1.0e5.0", "00001.50000", "2.2250738585072011e-308",
             "9007199254740993.0", "1.7976931348623158e308", "1.7976931348623159e308", "0.5e1",
             "infinity", "nan", "1.0e-5", "3.0e0"],
    Lists = [?T(list_to_float(T)) || T <- Texts],
    Bins = [?T(binary_to_float(list_to_binary(T))) || T <- Texts],
    Samples = id([0.1, 1 / 3, 5.0e-324, 1.7976931348623157e308, 1.0e23, 123.456, -0.0, 2.5e-308]),
    RoundTrip = [{list_to_float(float_to_list(F)) =:= F,
                  list_to_float(float_to_list(F, [short])) =:= F,
                  binary_to_float(float_to_binary(F, [{scientific, 17}])) =:= F} || F <- Samples],
    BadTypes = [?T(list_to_float(id(<<"1.0">>))), ?T(binary_to_float(id("1.0"))),
                ?T(list_to_float(id(1.0))), ?T(list_to_float(id([$1, $., $0 | $0])))],
    {Lists, Bins, RoundTrip, BadTypes}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
