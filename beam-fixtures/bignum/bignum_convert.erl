-module(bignum_convert).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Integer <-> text in every base, for small and big, positive and negative integers,
%% and the exact errors for malformed input.

start() ->
    Nums = id([0, 1, -1, 35, -36, 255, 1 bsl 59, -(1 bsl 59), (1 bsl 64) - 1, -(1 bsl 64),
               fact(40), -fact(33)]),
    Bases = lists:seq(2, 36),
    ToList = [integer_to_list(N, B) || N <- Nums, B <- [2, 3, 7, 8, 16, 36]],
    ToBin = [integer_to_binary(N, B) || N <- Nums, B <- [2, 10, 16, 36]],
    Dec = [{integer_to_list(N), integer_to_binary(N)} || N <- Nums],
    RoundTrip = lists:all(fun({N, B}) -> list_to_integer(integer_to_list(N, B), B) =:= N
                                             andalso binary_to_integer(integer_to_binary(N, B), B) =:= N
                          end, [{N, B} || N <- Nums, B <- Bases]),
    Parse = [?T(list_to_integer(S)) || S <- ["0", "-0", "+17", "007", "-007", "12345678901234567890",
                                             "", "-", "+", "1 ", " 1", "1.0", "abc", "1_000",
                                             "99999999999999999999999999999999999999999"]],
    ParseBase = [?T(list_to_integer(S, B)) || {S, B} <- [{"ff", 16}, {"FF", 16}, {"fF", 16}, {"-z", 36},
                                                         {"Z", 36}, {"102", 2}, {"777", 8}, {"8", 8},
                                                         {"10", 1}, {"10", 37}, {"10", 0},
                                                         {"zzzzzzzzzzzzzzzzzzzz", 36}, {"+101", 2}]],
    ParseBin = [?T(binary_to_integer(B)) || B <- [<<"42">>, <<"-42">>, <<"+0">>, <<>>, <<"4 2">>,
                                                   <<"184467440737095516160">>, <<"x">>]],
    ParseBinBase = [?T(binary_to_integer(B, Base)) || {B, Base} <- [{<<"7fffffffffffffff">>, 16},
                                                                     {<<"-10000000000000000000000000000000000000000000000000000000000000000">>, 2},
                                                                     {<<"g">>, 16}, {<<"1">>, 40}]],
    BadArgs = [?T(integer_to_list(id(1.0))), ?T(integer_to_list(10, id(1))), ?T(integer_to_list(10, id(37))),
               ?T(integer_to_binary(id(a))), ?T(integer_to_binary(5, id(x))), ?T(list_to_integer(id(<<"1">>))),
               ?T(list_to_integer(id([$1 | $2]))), ?T(binary_to_integer(id("1"))), ?T(list_to_integer(id([1.0])))],
    {ToList, ToBin, Dec, RoundTrip, Parse, ParseBase, ParseBin, ParseBinBase, BadArgs}.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
