-module(otp_io_lib_format_numbers).
-export([start/0]).

%% io_lib:format's numeric directives over many values: ~B/~b/~X/~x/~# in bases 2..36 with
%% negative and big numbers, ~e/~f/~g with precisions 0..10 (where valid), field widths
%% and padding characters.

start() ->
    Ints = [0, 7, -7, 255, -255, 1 bsl 64, -(1 bsl 70)],
    IntFmt = [[lists:flatten(io_lib:format("~." ++ integer_to_list(B) ++ "B|~." ++ integer_to_list(B) ++ "b", [N, N])) || B <- [2, 8, 16, 36]]
              || N <- Ints],
    Floats = [0.0, 1.0, -2.5, 3.14159265, 1.0e-3, 6.02e23, 1.0e-300],
    FloatFmt = [[catching(fun() -> lists:flatten(io_lib:format("~." ++ integer_to_list(P) ++ D, [F])) end) || P <- [1, 3, 6, 10], D <- ["e", "f", "g"]]
                || F <- Floats],
    Widths = [lists:flatten(io_lib:format(Fmt, Args)) || {Fmt, Args} <- [{"~8.2.0f", [3.14159]}, {"~-8.2.*f|", [$_, 2.5]},
                                                                        {"~12.3e|", [12345.678]}, {"~10.16.0B", [255]},
                                                                        {"~-10.2.xB|", [5]}, {"~5w|~-5w|", [ab, cd]}]],
    {IntFmt, FloatFmt, Widths}.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
