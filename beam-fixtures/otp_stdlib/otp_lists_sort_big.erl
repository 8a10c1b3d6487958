-module(otp_lists_sort_big).
-export([start/0]).

%% lists:sort and friends on large inputs: the stdlib merge sort's stability and its result
%% on 20000 pseudo-random elements, sort with a fun, keysort stability, and usort dedup,
%% checked through digests and samples.

start() ->
    Rand = gen(20000, 12345, []),
    Sorted = lists:sort(Rand),
    Desc = lists:sort(fun(A, B) -> A >= B end, Rand),
    Pairs = lists:zip(Rand, lists:seq(1, 20000)),
    ByKey = lists:keysort(1, [{K rem 100, I} || {K, I} <- Pairs]),
    Stable = is_stable(ByKey),
    Unique = lists:usort([K rem 1000 || K <- Rand]),
    {erlang:md5(term_to_binary(Sorted)), lists:sublist(Sorted, 5), lists:nthtail(19995, Sorted),
     erlang:md5(term_to_binary(Desc)), Stable, length(Unique), lists:sublist(ByKey, 5),
     lists:sort(fun({_, A}, {_, B}) -> A =< B end, lists:sublist(ByKey, 10))}.

gen(0, _, Acc) -> Acc;
gen(N, S, Acc) -> S2 = (S * 1103515245 + 12345) rem 2147483648, gen(N - 1, S2, [S2 rem 100000 | Acc]).

is_stable([{K, I1}, {K, I2} | T]) when I1 > I2 -> {unstable, K, I1, I2, length(T)};
is_stable([_ | T]) -> is_stable(T);
is_stable([]) -> stable.
