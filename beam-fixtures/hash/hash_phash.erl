-module(hash_phash).
-export([start/0]).
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).

%% erlang:phash2/1,2 and erlang:phash/2 over every term type, with ranges including 1,
%% powers of two, 2^32 and large values. These values are part of OTP's contract (phash2 is
%% stable across releases and platforms).

terms() ->
    [0, 1, -1, 42, 1 bsl 27, (1 bsl 59) - 1, 1 bsl 59, 1 bsl 64, -(1 bsl 64), fact(30),
     0.0, -0.0, 1.0, 0.5, -2.5e-10, 1.0e300,
     a, b, ok, '', 'é', '日本', true, [], [a], "abc", [1 | 2], lists:seq(1, 100),
     {}, {a}, {a, b}, {1, {2, {3}}}, erlang:make_tuple(100, z),
     #{}, #{a => 1}, #{a => 1, b => 2}, maps:from_list([{K, K} || K <- lists:seq(1, 40)]),
     <<>>, <<0>>, <<"abc">>, <<1:1>>, <<255, 3:2>>, binary:copy(<<"x">>, 1000),
     fun lists:map/2, fun erlang:abs/1].

start() ->
    Ts = terms(),
    P2 = [erlang:phash2(T) || T <- Ts],
    P2Ranges = [[erlang:phash2(T, R) || R <- [1, 2, 7, 256, 1 bsl 16, (1 bsl 27) + 1, 1 bsl 32]] || T <- Ts],
    P = [[erlang:phash(T, R) || R <- [1, 16#FFFF, 1 bsl 32]] || T <- Ts],
    Equal = [erlang:phash2(1) =:= erlang:phash2(1.0), erlang:phash2(<<"a">>) =:= erlang:phash2("a"),
             erlang:phash2({a, b}) =:= erlang:phash2([a, b])],
    Errs = [catching(fun() -> erlang:phash2(a, id(0)) end), catching(fun() -> erlang:phash2(a, id(1 bsl 32 + 1)) end),
            catching(fun() -> erlang:phash(a, id(0)) end), catching(fun() -> erlang:phash2(a, id(-1)) end)],
    {P2, P2Ranges, P, Equal, Errs}.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
