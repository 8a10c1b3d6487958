-module(bifs_misc_math_module).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% The math module's exactly specified parts and argument handling: integer arguments are
%% converted, results are floats, domain errors raise badarith, non-numbers raise badarg.

start() ->
    Exact = [math:sqrt(16), math:sqrt(2.25), math:pow(2, 10), math:pow(2.0, -1), math:pow(-8, 3), math:floor(-2.5),
             math:ceil(-2.5), math:floor(7), math:ceil(1.0e20), math:fmod(10, 3), math:fmod(-10, 3), math:fmod(10.5, -3),
             math:pi(), math:exp(0), math:log(1), math:log2(1024), math:log10(1000), math:sin(0), math:cos(0),
             math:atan2(0, 1), math:sqrt(1 bsl 100), math:pow(10, 22), math:pow(3, 0.5) * math:pow(3, 0.5) > 2.99],
    Domain = [?T(math:sqrt(id(-4))), ?T(math:log(id(-1.0))), ?T(math:log2(id(0))), ?T(math:log10(id(0.0))),
              ?T(math:acos(id(1.5))), ?T(math:pow(id(-8), 1 / 3)), ?T(math:pow(id(0), -1)), ?T(math:fmod(id(1), 0)),
              ?T(math:atanh(id(1.0))), ?T(math:acosh(id(0.5)))],
    Types = [?T(math:sqrt(id("4"))), ?T(math:sin(id(a))), ?T(math:pow(id(<<>>), 2)), ?T(math:floor(id(x)))],
    {Exact, Domain, Types}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
