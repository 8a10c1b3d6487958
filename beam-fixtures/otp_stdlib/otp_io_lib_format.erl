-module(otp_io_lib_format).
-export([start/0]).

%% io_lib:format with every control sequence, field width, precision, padding character and
%% modifier (t for Unicode, l for no string detection), as real OTP formats them.

start() ->
    Cases = [{"~w", [{a, "s", <<"b">>, 1.5}]}, {"~p", [[1, 2, 3]]}, {"~s", ["str"]}, {"~s", [<<"bin">>]}, {"~s", [atom]},
             {"~10s|", ["abc"]}, {"~-10s|", ["abc"]}, {"~.2s", ["abcdef"]}, {"~10.2s|", ["abcdef"]}, {"~ts", [[16#4E2D, 16#6587]]},
             {"~c", [$x]}, {"~5c", [$x]}, {"~tc", [16#1F600]}, {"~e", [12345.678]}, {"~.3e", [0.000123]}, {"~f", [3.14159]},
             {"~.2f", [2.675]}, {"~10.3f|", [-1.5]}, {"~-10.3f|", [1.5]}, {"~g", [1.0e-5]}, {"~g", [123.456]}, {"~.3g", [1234.5]},
             {"~b", [255]}, {"~.2b", [5]}, {"~.16b", [-255]}, {"~.36B", [123456789]}, {"~x", [255, "0x"]}, {"~.16x", [255, "#"]},
             {"~X", [255, "$"]}, {"~#", [255]}, {"~.2#", [10]}, {"~+", [16]}, {"~i~w", [ignored, shown]}, {"~n", []},
             {"~~", []}, {"~8.3.0f", [3.5]}, {"~*.*f", [10, 2, 1.0 / 3]}, {"~-*c|", [4, $z]}, {"~p", [#{a => [1, 2], "k" => <<"v">>}]},
             {"~lp", [[104, 105]]}, {"~p", [[104, 105]]}, {"~tp", [[16#4E2D]]}, {"~p", [[16#4E2D]]}, {"~P", [[1, [2, [3, [4]]]], 3]},
             {"~W", [{a, {b, {c, {d}}}}, 3]}, {"~10.5w|", [abcdefgh]}, {"~.5p", ["long string"]}, {"~p", ['quoted atom']},
             {"~w", [-0.0]}, {"~p", [1.0e23]}, {"~s", [[<<"io">>, "list", $!]]}, {"~.1f", [0.05]}, {"~.0f", [0.5]}, {"~.0f", [1.5]}],
    [catching(fun() -> lists:flatten(io_lib:format(F, A)) end) || {F, A} <- Cases] ++ [catching(fun() -> io_lib:format(id("~d"), [1]) end),
                                                               catching(fun() -> io_lib:format(id("~s"), [1]) end),
                                                               catching(fun() -> io_lib:format(id("~w ~w"), [1]) end)].

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
