-module(float_format_opts).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% float_to_list/2 and float_to_binary/2 with {decimals,N}, compact, {scientific,N} and short.

start() ->
    Fs = id([0.0, -0.0, 1.0, 0.5, 0.05, 0.005, 1.005, 2.675, 1.0e10, 123.456, -123.456,
             0.1, 1 / 3, 1.0e-7, 5.0e-324, 1.7976931348623157e308, 0.125, 999.9999, 1.0e21, 0.95]),
    Decimals = [?T(float_to_list(F, [{decimals, N}])) || F <- Fs, N <- [0, 1, 2, 4, 10, 20]],
    Compact = [?T(float_to_list(F, [{decimals, N}, compact])) || F <- Fs, N <- [0, 3, 10]],
    Scientific = [float_to_list(F, [{scientific, N}]) || F <- Fs, N <- [0, 1, 5, 17, 20]],
    Short = [float_to_list(F, [short]) || F <- Fs],
    Bins = [float_to_binary(F, Opts) || F <- [0.1, -2.5, 1.0e100],
                                        Opts <- [[], [short], [{decimals, 3}], [{scientific, 3}],
                                                 [{decimals, 5}, compact], [compact, {decimals, 5}],
                                                 [{scientific, 2}, {decimals, 2}], [{decimals, 2}, {scientific, 2}],
                                                 [short, {decimals, 1}], [{decimals, 1}, short]]],
    Big = [?T(float_to_list(1.0e300, [{decimals, 2}])), ?T(float_to_list(123.0, [{decimals, 253}])),
           ?T(float_to_list(1.0e-300, [{scientific, 60}])), ?T(float_to_list(0.5, [{decimals, 249}])),
           ?T(float_to_list(1.0e-300, [{decimals, 249}]))],
    Errs = [?T(float_to_list(id(1.0), [{decimals, 254}])), ?T(float_to_list(id(1.0), [{decimals, -1}])),
            ?T(float_to_list(id(1.0), [{scientific, 250}])), ?T(float_to_list(id(1), [])),
            ?T(float_to_list(id(1.0), [bogus])), ?T(float_to_list(id(1.0), id(notalist))),
            ?T(float_to_binary(id(a), [])), ?T(float_to_list(id(1.0e300), [{decimals, 253}])),
            ?T(float_to_list(id(1.0), [{decimals, 1} | compact]))],
    {Decimals, Compact, Scientific, Short, Bins, Big, Errs}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
