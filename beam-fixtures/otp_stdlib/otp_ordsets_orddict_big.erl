-module(otp_ordsets_orddict_big).
-export([start/0]).

%% ordsets and orddict at scale (thousands of elements): unions/intersections of large sets
%% built from pseudo-random data, dictionary merges and folds, checked with digests.

start() ->
    A = ordsets:from_list([(X * 7919) rem 5003 || X <- lists:seq(1, 3000)]),
    B = ordsets:from_list([(X * 104729) rem 5003 || X <- lists:seq(1, 3000)]),
    U = ordsets:union(A, B), I = ordsets:intersection(A, B), S = ordsets:subtract(A, B),
    D1 = orddict:from_list([{K rem 997, K} || K <- lists:seq(1, 4000)]),
    D2 = lists:foldl(fun(K, D) -> orddict:update_counter(K rem 31, K, D) end, orddict:new(), lists:seq(1, 4000)),
    M = orddict:merge(fun(_, X, Y) -> X + Y end, D1, D2),
    {length(A), length(B), length(U), length(I), length(S), erlang:phash2({U, I, S}), orddict:size(D1), D2,
     erlang:phash2(M), orddict:fetch(5, M)}.
