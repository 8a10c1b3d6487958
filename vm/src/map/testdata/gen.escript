#!/usr/bin/env escript
%% Writes cases.etf: how OTP 25 orders, updates, iterates and compares maps, for
%% vm/src/map/tests.rs. Run from this directory with the OTP 25 `escript`:
%%     ./gen.escript
%%
%% cases.etf is term_to_binary([Case], [compressed]) where Case is one of
%%   {order, Pairs, ToList, IterOrder, T2B}
%%       M = maps:from_list(Pairs); ToList = maps:to_list(M); IterOrder = the pairs as
%%       maps:fold/3 visits them; T2B = term_to_binary(M).
%%   {ops, Pairs, [{Op, ToListAfter}]}
%%       starting from maps:from_list(Pairs), apply each Op in turn:
%%       {put, K, V} | {update, K, V} (maps:update, only for present keys) | {remove, K}
%%       | {merge, Pairs2} (maps:merge(M, maps:from_list(Pairs2))) | {merge_into, Pairs2}
%%       (maps:merge(maps:from_list(Pairs2), M)); ToListAfter = maps:to_list of the result.
%%   {next, Pairs, [{Path, Count, Keys, NextPath}]}
%%       M = maps:from_list(Pairs); erts_internal:map_next(Path, M, iterator) returned
%%       Count pairs with Keys (in order), then NextPath (an integer) or none.
%%   {compare, Maps, SortedIndexes, Relations}
%%       lists:sort of the maps (ties kept in index order, as indexes), and for some pairs
%%       {I, J, I < J, I == J, I =:= J}.
%% Keys of maps above 32 keys avoid atoms, pids, references and funs: OTP hashes those by
%% internal numbers that change from run to run.

main(_) ->
    rand:seed(exsss, {20, 25, 3}),
    Cases = order_cases() ++ ops_cases() ++ next_cases() ++ compare_cases(),
    ok = file:write_file("cases.etf", term_to_binary(Cases, [compressed])),
    io:format("~p cases~n", [length(Cases)]).

%% ---- random keys ----

key(Depth) ->
    case rand:uniform(16) of
        1 -> rand:uniform(100);
        2 -> rand:uniform(2000) - 1000;
        3 -> rand:uniform(1 bsl 59) * pm();
        4 -> (1 bsl (59 + rand:uniform(140))) * pm() + rand:uniform(1000);
        5 -> float(rand:uniform(100)) * pm();
        6 -> (rand:uniform() - 0.5) * math:pow(10, rand:uniform(40) - 20);
        7 -> lists:nth(rand:uniform(5), [0.0, -0.0, 1.0, 1, 0]);
        8 -> rand:bytes(rand:uniform(20) - 1);
        9 -> N = rand:uniform(23), <<(rand:uniform(1 bsl N) - 1):N>>;
        10 -> [rand:uniform(255) || _ <- lists:seq(1, rand:uniform(10) - 1)];
        11 -> [rand:uniform(100000) || _ <- lists:seq(1, rand:uniform(4))];
        12 -> [rand:uniform(10) | rand:uniform(10)];
        13 when Depth < 2 -> list_to_tuple([key(Depth + 1) || _ <- lists:seq(1, rand:uniform(4) - 1)]);
        14 when Depth < 2 -> [key(Depth + 1), key(Depth + 1)];
        15 when Depth < 1 -> maps:from_list([{key(Depth + 1), rand:uniform(5)} || _ <- lists:seq(1, rand:uniform(4) - 1)]);
        16 when Depth < 1 -> maps:from_list([{K, K} || K <- lists:seq(1, 33 + rand:uniform(10))]);
        _ -> []
    end.

pm() -> case rand:uniform(2) of 1 -> 1; 2 -> -1 end.

keys(N, Kind) -> [gen(Kind) || _ <- lists:seq(1, N)].

gen(ints) -> rand:uniform(100000);
gen(smallints) -> rand:uniform(60);
gen(mixed) -> key(0);
gen(bins) -> integer_to_binary(rand:uniform(100000));
gen(tuples) -> {rand:uniform(1000), integer_to_list(rand:uniform(1000))};
gen(floats) -> rand:uniform() * 1000.

pairs(Keys) -> [{K, rand:uniform(1000)} || K <- Keys].

%% ---- cases ----

order_cases() ->
    Sizes = [0, 1, 2, 5, 31, 32, 33, 34, 40, 47, 64, 65, 100, 150, 300],
    Kinds = [ints, smallints, mixed, bins, tuples, floats],
    [order_case(pairs(keys(N, Kind))) || Kind <- Kinds, N <- Sizes]
        ++ [order_case(pairs(lists:seq(1, N))) || N <- [33, 100, 1000]]
        ++ [order_case(pairs(colliding()))]
        ++ [order_case(pairs([0.0, -0.0, 1, 1.0, [], {}, <<>>, #{}] ++ lists:seq(1, 30) ++ Extra))
            || Extra <- [[], [<<"a">>, [$a]], lists:seq(100, 120)]].

%% Integers whose 32-bit internal hashes collide in pairs (found by brute force), so the
%% trie goes below level 8 and rehashes.
colliding() ->
    [388950, 892162, 409845, 625435, 392768, 707725, 407586, 710891, 924938, 968407]
        ++ lists:seq(1, 30).

order_case(Pairs) ->
    M = maps:from_list(Pairs),
    Iter = lists:reverse(maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], M)),
    {order, Pairs, maps:to_list(M), Iter, term_to_binary(M)}.

ops_cases() ->
    [ops_case(Kind, N) || Kind <- [ints, mixed, bins, smallints], N <- [20, 30, 32, 33, 36, 60], _ <- [1, 2]]
        ++ [zero_keys_case()].

ops_case(Kind, N) ->
    Pairs = pairs(keys(N, Kind)),
    M0 = maps:from_list(Pairs),
    {_, Steps} = lists:foldl(fun(_, {M, Acc}) ->
                                     Op = op(M, Kind),
                                     M2 = apply_op(Op, M),
                                     {M2, [{Op, maps:to_list(M2)} | Acc]}
                             end, {M0, []}, lists:seq(1, 25)),
    {ops, Pairs, lists:reverse(Steps)}.

op(M, Kind) ->
    Ks = maps:keys(M),
    Existing = fun() -> lists:nth(rand:uniform(length(Ks)), Ks) end,
    case {rand:uniform(10), Ks} of
        {R, [_ | _]} when R =< 3 -> {remove, Existing()};
        {R, [_ | _]} when R =< 5 -> {update, Existing(), rand:uniform(1000)};
        {R, [_ | _]} when R =< 6 -> {put, Existing(), rand:uniform(1000)};
        {7, _} -> {merge, pairs(keys(rand:uniform(20), Kind))};
        {8, _} -> {merge_into, pairs(keys(rand:uniform(40), Kind))};
        {9, _} -> {remove, gen(Kind)};
        _ -> {put, gen(Kind), rand:uniform(1000)}
    end.

apply_op({put, K, V}, M) -> maps:put(K, V, M);
apply_op({update, K, V}, M) -> maps:update(K, V, M);
apply_op({remove, K}, M) -> maps:remove(K, M);
apply_op({merge, P}, M) -> maps:merge(M, maps:from_list(P));
apply_op({merge_into, P}, M) -> maps:merge(maps:from_list(P), M).

%% 0.0 and -0.0 are the same key in OTP 25: which key term survives each operation.
zero_keys_case() ->
    Pairs = [{0.0, a} | pairs(lists:seq(1, 31))],
    Ops = [{put, -0.0, b}, {update, 0.0, c}, {put, 1000, x}, {put, -0.0, d}, {update, 0.0, e},
           {merge, [{-0.0, f}]}, {merge_into, [{0.0, g}]}, {remove, 1000}, {remove, 999},
           {put, -0.0, h}, {remove, 0.0}, {put, -0.0, i}],
    {_, Steps} = lists:foldl(fun(Op, {M, Acc}) ->
                                     M2 = apply_op(Op, M),
                                     {M2, [{Op, maps:to_list(M2)} | Acc]}
                             end, {maps:from_list(Pairs), []}, Ops),
    {ops, Pairs, lists:reverse(Steps)}.

next_cases() ->
    [next_case(pairs(keys(N, Kind))) || Kind <- [ints, mixed, bins], N <- [33, 40, 100, 500, 3000]]
        ++ [next_case(pairs(colliding()))].

next_case(Pairs) ->
    M = maps:from_list(Pairs),
    {next, Pairs, walk(0, M)}.

walk(Path, M) ->
    {Keys, Next} = chain(erts_internal:map_next(Path, M, iterator), []),
    Step = {Path, length(Keys), Keys, Next},
    case Next of
        none -> [Step];
        P -> [Step | walk(P, M)]
    end.

chain({K, _V, Rest}, Acc) -> chain(Rest, [K | Acc]);
chain(none, Acc) -> {lists:reverse(Acc), none};
chain([Path | _Map], Acc) -> {lists:reverse(Acc), Path}.

compare_cases() ->
    [compare_case(N) || N <- [3, 10, 40]].

compare_case(Count) ->
    Base = [maps:from_list(pairs(keys(rand:uniform(3) - 1, smallints))) || _ <- lists:seq(1, Count)]
        ++ [maps:from_list([{K, 1} || K <- lists:seq(1, N)]) || N <- [31, 32, 33, 34]]
        ++ [maps:from_list([{K, V} || K <- lists:seq(1, 34)]) || V <- [1, 1.0, 2]]
        ++ [maps:from_list([{K * 1.0, 1} || K <- lists:seq(1, 34)]),
            maps:from_list([{K, 1} || K <- lists:seq(2, 35)]),
            #{1 => a}, #{1.0 => a}, #{2 => a}, #{1 => 1.0}, #{1 => 1}, #{a => 1, b => 2},
            #{b => 1, a => 2}, #{}]
        ++ [maps:from_list(pairs(keys(rand:uniform(40), mixed))) || _ <- lists:seq(1, Count)],
    Maps = shuffle(Base),
    Indexed = lists:zip(Maps, lists:seq(0, length(Maps) - 1)),
    Sorted = [I || {_, I} <- lists:sort(Indexed)],
    N = length(Maps),
    Rel = [{I, J, A < B, A == B, A =:= B}
           || {A, I} <- Indexed, {B, J} <- Indexed, (I * 7 + J * 3) rem 5 =:= 0 orelse I + 1 =:= J orelse J < 3,
              I < N, J < N],
    {compare, Maps, Sorted, Rel}.

shuffle(L) -> [X || {_, X} <- lists:sort([{rand:uniform(), X} || X <- L])].
