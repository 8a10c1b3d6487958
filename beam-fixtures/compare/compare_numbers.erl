-module(compare_numbers).
-export([start/0]).

%% Numeric comparison: == compares value across integer and float; =:= also requires the same
%% type; int/float comparisons are exact even when the integer has no exact float.

start() ->
    Ns = id([0, 0.0, -0.0, 1, 1.0, -1, -1.0, 2, 1.9999999999999998, 1 bsl 53, (1 bsl 53) + 1,
             9007199254740992.0, 9007199254740994.0, 1 bsl 64, 1.8446744073709552e19,
             (1 bsl 64) + 1, -(1 bsl 64), 1.0e308, 1 bsl 1100, -(1 bsl 1100), 5.0e-324,
             (1 bsl 59) - 1, 1 bsl 59, 5.764607523034235e17, 576460752303423487.0]),
    %% One character per pair: $< $> $= (exactly equal) or $~ (== but not =:=).
    Table = [[rel(A, B) || B <- Ns] || A <- Ns],
    Ops = lists:all(fun({A, B}) -> (A < B) =:= not (A >= B) andalso (A > B) =:= not (A =< B)
                                       andalso (A == B) =:= not (A /= B) andalso (A =:= B) =:= not (A =/= B)
                    end, [{A, B} || A <- Ns, B <- Ns]),
    Antisym = lists:all(fun({A, B}) -> (A < B) =:= (B > A) andalso (A == B) =:= (B == A) end,
                        [{A, B} || A <- Ns, B <- Ns]),
    Sorted = lists:sort(Ns),
    Max = lists:max(Ns),
    Min = lists:min(Ns),
    %% Equal-valued integer and float: which one max/min return depends on argument order.
    Ties = [{max(1, 1.0), max(1.0, 1), min(1, 1.0), min(1.0, 1), max(0.0, -0.0), min(-0.0, 0.0)}],
    Member = [lists:member(1.0, [1]), lists:member(1, [1]), lists:keyfind(1.0, 1, [{1, a}]),
              lists:keyfind(1, 1, [{1.0, a}, {1, b}]), lists:usort([1, 1.0, 1, 1.0])],
    {Table, Ops, Antisym, Sorted, Max, Min, Ties, Member}.

rel(A, B) when A < B -> $<;
rel(A, B) when A > B -> $>;
rel(A, B) when A =:= B -> $=;
rel(A, B) when A == B -> $~.

id(X) -> X.
