-module(float_math).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% The math module. Correctly-rounded operations (sqrt, floor, ceil, fmod) are returned
%% exactly; transcendental functions are returned at 12 decimals so that the last-bit
%% differences allowed between C math libraries cannot matter.

start() ->
    Exact = [{math:sqrt(X), math:floor(X), math:ceil(X)} || X <- id([0.0, 1.0, 2.0, 3.0, 0.5, 1.0e-300,
                                                                  1.0e300, 2.5, 16.0, 1.0e16 + 1.0, 7, 1 bsl 70])],
    Fmod = [?T(math:fmod(A, B)) || {A, B} <- id([{5.5, 2.0}, {-5.5, 2.0}, {5.5, -2.0}, {1.0e300, 3.0},
                                                 {7, 2}, {0.0, 1.0}, {1.0, 0.0}])],
    Pi = {math:pi(), math:pi() * 2, math:pi() / 4},
    R = fun(X) -> float_to_list(X, [{decimals, 12}]) end,
    Trans = [{R(math:sin(X)), R(math:cos(X)), R(math:atan(X)), R(math:exp(X / 4)), R(math:tanh(X))}
             || X <- id([0.0, 0.5, 1.0, -1.0, 2.0, 3.0, 10.0])],
    Logs = [{R(math:log(X)), R(math:log2(X)), R(math:log10(X))} || X <- id([1.0, 2.0, 10.0, 1000.0, 0.5, 7])],
    Pow = [?T(R(math:pow(A, B))) || {A, B} <- id([{2.0, 10.0}, {2, 0.5}, {10, -2}, {-8.0, 1 / 3}, {0.0, -1.0},
                                                  {-2.0, 3.0}, {1.0e10, 40.0}])],
    Inv = [{R(math:asin(X)), R(math:acos(X)), R(math:atan2(X, 0.5))} || X <- id([0.0, 0.5, -1.0, 1.0])],
    Errs = [?T(math:sqrt(id(-1.0))), ?T(math:log(id(0.0))), ?T(math:log(id(-1))), ?T(math:asin(id(2.0))),
            ?T(math:acos(id(-1.5))), ?T(math:sqrt(id(a))), ?T(math:exp(id(1000.0))),
            ?T(math:pow(id(10.0), 400.0))],
    {Exact, Fmod, Pi, Trans, Logs, Pow, Inv, Errs}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
