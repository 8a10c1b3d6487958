-module(float_list_parse_more).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Parsing decimal text to the nearest double where it is hardest: long mantissas, halfway
%% cases between two doubles, values near the subnormal and overflow limits.

start() ->
    Texts = ["9007199254740993.0", "9007199254740993.0000000001", "9007199254740992.9999999999",
             "1.00000000000000011102230246251565404236316680908203125", "1.0000000000000001110223024625156540423631668090820312",
             "1.0000000000000001110223024625156540423631668090820313", "2.2250738585072012e-308", "2.2250738585072011e-308",
             "4.9406564584124654e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "1.7976931348623157e308",
             "1.7976931348623158e308", "1.797693134862315807e308", "0.30000000000000004", "123456789012345678901234567890.12345",
             "0.000000000000000000000000000000000000000000000000000001", "3.141592653589793238462643383279",
             "1.0e-320", "6.103515625e-5", "1.0e+22", "1.0e23", "8.5e-323"],
    Parsed = [?T(list_to_float(T)) || T <- Texts],
    Bits = [case P of F when is_float(F) -> <<F:64/float>>; E -> E end || P <- Parsed],
    {Parsed, Bits}.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
