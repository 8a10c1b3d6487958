-module(bignum_float).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Conversions and comparisons between bignums and floats: round-to-nearest-even when an
%% integer has more than 53 significant bits, overflow at the top of the float range, and
%% exact (not float-rounded) comparison of integers with floats.

start() ->
    P53 = 1 bsl 53,
    ToFloat = [?T(float(N)) || N <- id([P53 - 1, P53, P53 + 1, P53 + 2, P53 + 3, P53 * 3 + 1,
                                    (1 bsl 64) - 1, (1 bsl 64) + (1 bsl 11), (1 bsl 64) + (1 bsl 11) + 1,
                                    -((1 bsl 64) + (1 bsl 11) + 1), (1 bsl 1023) * 2 - (1 bsl 970),
                                    (1 bsl 1023) * 2 - (1 bsl 971) + 1])],
    Overflow = [?T(float(id((1 bsl 1024) - (1 bsl 970)))), ?T(float(id(1 bsl 1024))),
                ?T(id(1 bsl 1024) + 0.0), ?T(id(1 bsl 1024) * 1.0), ?T(id(1.0) / id(1 bsl 1100))],
    Trunc = [trunc(F) || F <- id([1.0e18, 1.0e19, 9.223372036854776e18, -9.223372036854776e18,
                                  1.8446744073709552e19, 1.7976931348623157e308, -5.0e-324, 4.0e22])],
    Cmp = [{I < F, I == F, I > F, I =:= F, I =< F} ||
              {I, F} <- id([{P53 + 1, 9007199254740992.0}, {P53, 9007199254740992.0},
                            {(1 bsl 64) + 1, 1.8446744073709552e19}, {-(1 bsl 64), -1.8446744073709552e19},
                            {1 bsl 2000, 1.7976931348623157e308}, {-(1 bsl 2000), -1.7976931348623157e308},
                            {0, -0.0}, {1, 1.0000000000000002}, {(1 bsl 59), 5.764607523034235e17}])],
    Mixed = [N + 0.5 || N <- id([1 bsl 59, 1 bsl 64, -(1 bsl 64), 1 bsl 100])],
    Sorted = lists:sort(id([1 bsl 64, 1.8446744073709552e19, (1 bsl 64) + 1, 1.0e19, 1 bsl 63,
                            9.223372036854776e18, -1.0e30, -(1 bsl 100)])),
    {ToFloat, Overflow, Trunc, Cmp, Mixed, Sorted}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
