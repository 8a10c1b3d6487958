-module(ets_hash_order).
-export([start/0]).

%% The order of hash tables, which follows OTP's internal hash and bucket layout: keys of
%% many types (integers, bignums, floats, binaries, strings, tuples and lists of integers),
%% growth past 256 buckets, shrinking after deletes, ets:slot/2, and first/next vs tab2list.
%% (Atoms nested inside keys hash by their atom index in OTP, which varies between runs, so
%% they are not used here.)

start() ->
    Keys = [0, -1, 1 bsl 59, -(1 bsl 59), 1 bsl 60, 1 bsl 64, -(1 bsl 100), 0.0, -0.0, 1.5, -2.25, 1.0e300,
            <<>>, <<"a">>, <<"hello world">>, <<1:3>>, <<"a much longer binary of more than twelve bytes">>,
            "", "abc", [1, 2, 3], [256, 1], [-1], [1 | 2], {}, {1}, {1, 2}, {{1}, [2]}, [[]], #{}, #{1 => 2},
            #{<<"k">> => [1.5]}],
    T = ets:new(t, [set]),
    ets:insert(T, [{K} || K <- Keys]),
    Mixed = [K || {K} <- ets:tab2list(T)],
    MixedWalk = walk(T),
    Slots = [{S, [K || {K} <- L]} || S <- lists:seq(0, 255), (L = ets:slot(T, S)) =/= []],
    G = ets:new(g, [set]),
    Grow = [step(G, N) || N <- [255, 256, 257, 300, 600, 2000, 3000]],
    Shrink = [unstep(G, N) || N <- [2500, 1500, 1000, 700, 100, 10]],
    B = ets:new(b, [duplicate_bag]),
    ets:insert(B, [{K rem 300, K} || K <- lists:seq(1, 900)]),
    BagHead = lists:sublist(ets:tab2list(B), 30),
    BagStats = element(1, ets:info(B, stats)),
    Bins = ets:new(bins, []),
    ets:insert(Bins, [{integer_to_binary(K)} || K <- lists:seq(1, 300)]),
    BinOrder = [K || {K} <- lists:sublist(ets:tab2list(Bins), 40)],
    Str = ets:new(str, []),
    ets:insert(Str, [{integer_to_list(K), K} || K <- lists:seq(1, 50)]),
    StrOrder = [K || {_, K} <- ets:tab2list(Str)],
    Tup = ets:new(tup, []),
    ets:insert(Tup, [{{K, K * K}} || K <- lists:seq(1, 50)]),
    TupOrder = [K || {{K, _}} <- ets:tab2list(Tup)],
    Flo = ets:new(flo, []),
    ets:insert(Flo, [{K / 4} || K <- lists:seq(1, 50)]),
    FloOrder = [K || {K} <- ets:tab2list(Flo)],
    {Mixed, MixedWalk, Slots, Grow, Shrink, BagHead, BagStats, BinOrder, StrOrder, TupOrder, FloOrder}.

step(G, N) ->
    ets:insert(G, [{K} || K <- lists:seq(1, N)]),
    {N, element(1, ets:info(G, stats)), lists:sublist(ets:tab2list(G), 8), lists:sublist(walk(G), 8)}.

unstep(G, N) ->
    ets:select_delete(G, [{{'$1'}, [{'>', '$1', N}], [true]}]),
    {N, ets:info(G, size), element(1, ets:info(G, stats)), lists:sublist(ets:tab2list(G), 8)}.

walk(T) -> walk(T, ets:first(T), []).
walk(_, '$end_of_table', Acc) -> lists:reverse(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).
