-module(hash_phash2_range_edges).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% erlang:phash2/2 at the edges of its range argument (1, 2^32, powers of two and odd
%% values, invalid ranges) and the distribution of many keys over 16 buckets.

start() ->
    Edges = [[?T(erlang:phash2(T, R)) || R <- [1, 2, 3, 16, 1000, (1 bsl 32) - 1, 1 bsl 32, 0, -1, (1 bsl 32) + 1, a]]
             || T <- [x, 12345, <<"k">>]],
    Buckets = lists:foldl(fun(K, Acc) -> B = erlang:phash2(K, 16), setelement(B + 1, Acc, element(B + 1, Acc) + 1) end,
                          erlang:make_tuple(16, 0), lists:seq(1, 10000)),
    {Edges, Buckets}.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
