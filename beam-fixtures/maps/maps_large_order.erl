-module(maps_large_order).
-export([start/0]).

%% Maps above 32 keys are hash-array-mapped tries in OTP: ~w, maps:to_list, maps:keys,
%% maps:fold and iterators all walk them in internal hash order, not term order.
%% A VM must use OTP's hashing and trie layout to print these exactly.
%% No key contains an atom: OTP's internal hash of an atom is derived from its index in the
%% atom table, which depends on the order modules happened to load, so the order of atom keys
%% differs from run to run even in erl.

start() ->
    Sizes = [31, 32, 33, 34, 64, 100],
    Int = [maps:from_list([{K, K * K} || K <- lists:seq(1, N)]) || N <- Sizes],
    Tuples = maps:from_list([{{K, "key_" ++ integer_to_list(K)}, K} || K <- lists:seq(1, 40)]),
    Mixed = maps:from_list([{K, v} || K <- [1, 2.0, -0.0, 0.0, "str", <<"bin">>, {1}, [2], -5, 1 bsl 70,
                                            <<1:3>>, {}, [], #{}, #{1 => 2}]]
                           ++ [{K, K} || K <- lists:seq(100, 130)]),
    Strs = maps:from_list([{integer_to_binary(K), K} || K <- lists:seq(1, 50)]),
    Keys = [maps:keys(M) || M <- [lists:nth(3, Int), Tuples, Mixed]],
    Values = maps:values(lists:nth(3, Int)),
    ToList = maps:to_list(Strs),
    Fold = maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], lists:nth(5, Int)),
    Iter = iterate(maps:next(maps:iterator(Tuples)), []),
    %% Removing keys until the map shrinks back under 33 keys.
    Shrunk = lists:foldl(fun(K, M) -> maps:remove(K, M) end, lists:nth(4, Int), lists:seq(1, 5)),
    Grown = lists:foldl(fun(K, M) -> M#{K => grown} end, lists:nth(1, Int), lists:seq(1000, 1010)),
    {Int, Tuples, Mixed, Strs, Keys, Values, ToList, Fold, Iter, Shrunk, Grown,
     [map_size(M) || M <- Int]}.

iterate(none, Acc) -> lists:reverse(Acc);
iterate({K, V, I}, Acc) -> iterate(maps:next(I), [{K, V} | Acc]).
