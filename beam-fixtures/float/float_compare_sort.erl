-module(float_compare_sort).
-export([start/0]).

%% Ordering of floats among themselves and with integers: -0.0 vs 0.0, subnormals,
%% neighbouring doubles, and sort stability when integer and float compare equal.

start() ->
    Fs = id([0.0, -0.0, 5.0e-324, -5.0e-324, 1.0, 1, 0.9999999999999999, 1.0000000000000002, -1.0, -1,
             1.7976931348623157e308, -1.7976931348623157e308, 2, 2.0, 1 bsl 1024, -(1 bsl 1024)]),
    Sorted = lists:sort(Fs),
    Rev = lists:reverse(lists:sort(fun(A, B) -> A >= B end, Fs)),
    Usort = lists:usort(Fs),
    Keysort = lists:keysort(1, [{F, N} || {F, N} <- lists:zip(Fs, lists:seq(1, length(Fs)))]),
    Pairs = [{A, B, A < B, A == B, A =:= B} || {A, B} <- [{0.0, -0.0}, {-0.0, 0}, {5.0e-324, 0}, {1.0, 1},
                                                          {0.1 + 0.2, 0.3}, {1.0e16, 10000000000000001}]],
    MaxMin = {lists:max(Fs), lists:min(Fs), max(0.0, -0.0), max(-0.0, 0.0), min(0, 0.0), min(0.0, 0)},
    {Sorted, Rev, Usort, Keysort, Pairs, MaxMin}.

id(X) -> X.
