%% The cases of the differential tests: for each otp-lite module, the functions to call
%% and their arguments (fixed ones, and generators run N times with a fixed seed).
-module(lite_cases).
-export([expand/1, normalize/2]).

-import(lite_gen, [int/0, int/2, small/0, num/0, atom/0, term/0, term/1, list/1, list/2,
                   ilist/0, oneof/1, pick/1, maybe_bad/1, maybe_bad/2, string/0, ustring/0, binary/0,
                   map/0, map/1, tuple_list/2, key_list/1, deep_list/1, sorted/1,
                   chardata/0, latin1_string/0, f1/2, f2/2, f3/2]).

-define(N, 300).

%% [{Function, [Args]}] for a module.
expand(M) ->
    lists:append([expand_spec(S) || S <- cases(M)]).

expand_spec({F, Fixed}) when is_list(Fixed) -> [{F, A} || A <- Fixed];
expand_spec({F, Count, Gen}) -> [{F, Gen()} || _ <- lists:seq(1, Count)].

%% How results are compared (identity unless said otherwise).
normalize(_M, _F) -> fun(X) -> X end.

%%% Shared generators.

%% Lists of small numbers where ints and floats compare equal (sort stability).
eqlist() -> list(fun() -> pick([0, 1, 2, 3, 1.0, 2.0, 0.0, a, b, {1}, "s"]) end, 12).
badlist() -> oneof([fun lite_gen:ilist/0, fun lite_gen:ilist/0, fun lite_gen:ilist/0, fun lite_gen:term/0,
                    fun() -> ilist() ++ pick([a, {x}, 3]) end]).
anylist() -> maybe_bad(fun() -> list(fun lite_gen:term/0) end).
tlist() -> oneof([fun() -> tuple_list(1, fun() -> pick([1, 2, 3, 1.0, a, b]) end) end,
                  fun() -> tuple_list(2, fun() -> pick([1, 2, 3, 1.0, a, b]) end) end,
                  fun() -> key_list(fun lite_gen:small/0) end]).
badtlist() -> maybe_bad(fun() -> oneof([fun tlist/0, fun tlist/0,
                                        fun() -> tlist() ++ [pick([a, {}, 3])] end]) end).
keypos() -> maybe_bad(fun() -> pick([1, 2, 3, 1, 2, 0, -1]) end).

pred() -> pick([f1(even, fun(X) -> is_integer(X) andalso X rem 2 =:= 0 end),
                f1(small, fun(X) -> X < 3 end),
                f1(ident, fun(X) -> X end),
                f1(throws, fun(X) when X > 4 -> throw({big, X}); (_) -> true end)]).
badpred() -> maybe_bad(fun pred/0, 10).
mapfun() -> pick([f1(double, fun(X) -> X * 2 end), f1(wrap, fun(X) -> {X} end),
                  f1(id, fun(X) -> X end)]).
cmp() -> pick([f2(le, fun(A, B) -> A =< B end), f2(ge, fun(A, B) -> A >= B end),
               f2(lt, fun(A, B) -> A < B end), f2(gt, fun(A, B) -> A > B end),
               f2(le1, fun(A, B) -> elem1(A) =< elem1(B) end),
               f2(gt1, fun(A, B) -> elem1(A) > elem1(B) end),
               f2(chaos, fun(A, B) -> erlang:phash2({A, B}) rem 2 =:= 0 end),
               f2(notbool, fun(A, B) -> if A < B -> true; A > B -> false; true -> maybe end end)]).
elem1(T) when is_tuple(T), tuple_size(T) > 0 -> element(1, T);
elem1(X) -> X.
badcmp() -> maybe_bad(fun cmp/0, 15).
sortable() -> oneof([fun eqlist/0, fun eqlist/0, fun tlist/0,
                     fun() -> list(fun() -> int(0, 30) end, 40) end]).

cases(lists) ->
    [{append, ?N, fun() -> [badlist(), anylist()] end},
     {append, ?N, fun() -> [maybe_bad(fun() -> list(fun badlist/0) end)] end},
     {subtract, 100, fun() -> [badlist(), badlist()] end},
     {reverse, ?N, fun() -> [badlist()] end},
     {reverse, 100, fun() -> [badlist(), term()] end},
     {nth, ?N, fun() -> [maybe_bad(fun() -> int(-1, 7) end), badlist()] end},
     {nthtail, ?N, fun() -> [maybe_bad(fun() -> int(-1, 7) end), badlist()] end},
     {prefix, ?N, fun() -> [badlist(), badlist()] end},
     {prefix, 50, fun() -> L = ilist(), [lists:sublist(L, 2), L] end},
     {suffix, ?N, fun() -> [badlist(), badlist()] end},
     {suffix, 50, fun() -> L = ilist(), [lists:nthtail(length(L) div 2, L), L] end},
     {droplast, 100, fun() -> [badlist()] end},
     {last, 100, fun() -> [badlist()] end},
     {seq, ?N, fun() -> [count(-5, 10), count(-5, 20)] end},
     {seq, ?N, fun() -> [count(-5, 10), count(-10, 20), count(-3, 3)] end},
     {seq, [[1, 1, 0], [1, 2, 0], [5, 1, -1], [1, 100000, 1], [1 bsl 70, (1 bsl 70) + 5, 2]]},
     {sum, ?N, fun() -> [maybe_bad(fun() -> list(fun lite_gen:num/0) end)] end},
     {duplicate, ?N, fun() -> [count(-1, 6), term()] end},
     {min, ?N, fun() -> [maybe_bad(fun eqlist/0)] end},
     {max, ?N, fun() -> [maybe_bad(fun eqlist/0)] end},
     {sublist, ?N, fun() -> [badlist(), maybe_bad(fun() -> int(-1, 8) end)] end},
     {sublist, ?N, fun() -> [badlist(), maybe_bad(fun() -> int(-1, 8) end),
                             maybe_bad(fun() -> int(-1, 8) end)] end},
     {delete, ?N, fun() -> [pick([1, 2, 1.0, a]), maybe_bad(fun eqlist/0)] end},
     {zip, ?N, fun() -> [badlist(), badlist()] end},
     {zip, 50, fun() -> L = ilist(), [L, lists:reverse(L)] end},
     {unzip, ?N, fun() -> [badtlist()] end},
     {unzip, 50, fun() -> [[{X, X + 1} || X <- ilist()]] end},
     {zip3, ?N, fun() -> L = ilist(), [L, maybe_bad(fun() -> L end), maybe_bad(fun() -> L end)] end},
     {unzip3, ?N, fun() -> [maybe_bad(fun() -> [{X, X, X} || X <- ilist()] end)] end},
     {zipwith, ?N, fun() -> L = ilist(), [maybe_bad(fun() -> f2(zw, fun(A, B) -> A + B end) end),
                                          L, maybe_bad(fun() -> L end)] end},
     {zipwith3, ?N, fun() -> L = ilist(), [maybe_bad(fun() -> f3(zw3, fun(A, B, C) -> {A, B, C} end) end),
                                           L, L, maybe_bad(fun() -> L end)] end},
     {concat, ?N, fun() -> [maybe_bad(fun() -> list(fun() -> pick([1, a, "str", 2.5, -7, [], {t}]) end) end)] end},
     {flatten, ?N, fun() -> [maybe_bad(fun() -> deep_list(3) end)] end},
     {flatten, ?N, fun() -> [maybe_bad(fun() -> deep_list(3) end), maybe_bad(fun() -> deep_list(2) end)] end},
     {flatten, [[[a | b]], [[[a], [b | c]]]]},
     {flatlength, ?N, fun() -> [maybe_bad(fun() -> deep_list(3) end)] end},
     {enumerate, 100, fun() -> [badlist()] end},
     {enumerate, 100, fun() -> [maybe_bad(fun lite_gen:int/0), badlist()] end},
     {join, ?N, fun() -> [term(0), badlist()] end},
     {split, ?N, fun() -> [maybe_bad(fun() -> int(-1, 8) end), badlist()] end},
     {uniq, ?N, fun() -> [maybe_bad(fun eqlist/0)] end},
     {uniq, ?N, fun() -> [maybe_bad(fun mapfun/0), maybe_bad(fun eqlist/0)] end},
     {keydelete, ?N, fun() -> [pick([1, a, 1.0, b]), keypos(), badtlist()] end},
     {keyreplace, ?N, fun() -> [pick([1, a, 1.0, b]), keypos(), badtlist(), maybe_bad(fun() -> {new} end)] end},
     {keytake, ?N, fun() -> [pick([1, a, 1.0, b]), keypos(), badtlist()] end},
     {keystore, ?N, fun() -> [pick([1, a, 1.0, b]), keypos(), badtlist(), maybe_bad(fun() -> {new, 1} end)] end},
     {keymap, ?N, fun() -> [maybe_bad(fun() -> f1(km, fun(X) -> {X} end) end), keypos(), badtlist()] end},
     {keyfind, ?N, fun() -> [pick([1, a, 1.0, b]), keypos(), badtlist()] end},
     {keymember, 100, fun() -> [pick([1, a, 1.0, b]), keypos(), badtlist()] end},
     {keysearch, 100, fun() -> [pick([1, a, 1.0, b]), keypos(), badtlist()] end},
     {member, 100, fun() -> [pick([1, a, 1.0, b]), badlist()] end},
     {all, ?N, fun() -> [badpred(), badlist()] end},
     {any, ?N, fun() -> [badpred(), badlist()] end},
     {map, ?N, fun() -> [maybe_bad(fun mapfun/0), badlist()] end},
     {flatmap, ?N, fun() -> [maybe_bad(fun() -> pick([f1(fm, fun(X) -> [X, X] end),
                                                      f1(fmbad, fun(X) -> X end)]) end), badlist()] end},
     {foldl, ?N, fun() -> [maybe_bad(fun() -> f2(fl, fun(X, A) -> [X | A] end) end), term(0), badlist()] end},
     {foldr, ?N, fun() -> [maybe_bad(fun() -> f2(fr, fun(X, A) -> [X | A] end) end), term(0), badlist()] end},
     {filter, ?N, fun() -> [badpred(), badlist()] end},
     {partition, ?N, fun() -> [badpred(), badlist()] end},
     {filtermap, ?N, fun() -> [maybe_bad(fun() -> pick([f1(fm, fun(X) when X > 3 -> {true, X * 10};
                                                                  (X) -> X rem 2 =:= 0 end),
                                                        f1(fmbad, fun(X) -> X end)]) end),
                               badlist()] end},
     {zf, 50, fun() -> [f1(zf, fun(X) -> X > 2 end), badlist()] end},
     {foreach, ?N, fun() -> [maybe_bad(fun mapfun/0), badlist()] end},
     {mapfoldl, ?N, fun() -> [maybe_bad(fun() -> pick([f2(mf, fun(X, A) -> {X * 2, A + X} end),
                                                       f2(mfbad, fun(X, _) -> X end)]) end),
                              0, badlist()] end},
     {mapfoldr, ?N, fun() -> [maybe_bad(fun() -> pick([f2(mf, fun(X, A) -> {X * 2, A + X} end),
                                                       f2(mfbad, fun(X, _) -> X end)]) end),
                              0, badlist()] end},
     {takewhile, ?N, fun() -> [badpred(), badlist()] end},
     {dropwhile, ?N, fun() -> [badpred(), badlist()] end},
     {search, ?N, fun() -> [badpred(), badlist()] end},
     {splitwith, ?N, fun() -> [badpred(), badlist()] end},
     {sort, 600, fun() -> [maybe_bad(fun sortable/0)] end},
     {sort, [[[3, 2 | b]], [[1, 2 | c]], [[a | b]], [[1, 2, 3 | d]], [[3, 2, 1 | d]]]},
     {sort, 600, fun() -> [badcmp(), maybe_bad(fun sortable/0)] end},
     {sort, 300, fun() -> [biglist()] end},
     {sort, 300, fun() -> [cmp(), biglist()] end},
     {usort, 300, fun() -> [biglist()] end},
     {usort, 300, fun() -> [cmp(), biglist()] end},
     {keysort, 300, fun() -> [pick([1, 2]), [{X, Y} || X <- biglist(), Y <- [pick([a, b])]]] end},
     {ukeysort, 300, fun() -> [pick([1, 2]), [{X, Y} || X <- biglist(), Y <- [pick([a, b])]]] end},
     {merge, 200, fun() -> [list(fun eqlist/0, 9)] end},
     {umerge, 200, fun() -> [list(fun eqlist/0, 9)] end},
     {merge3, 200, fun() -> [eqlist(), eqlist(), eqlist()] end},
     {umerge3, 200, fun() -> [eqlist(), eqlist(), eqlist()] end},
     {rmerge3, 200, fun() -> [eqlist(), eqlist(), eqlist()] end},
     {rumerge3, 200, fun() -> [eqlist(), eqlist(), eqlist()] end},
     {usort, 600, fun() -> [maybe_bad(fun sortable/0)] end},
     {usort, [[[3, 2 | b]], [[1, 1 | c]], [[a | b]], [[1, 2, 3 | d]], [[3, 2, 1 | d]], [[1, 1.0, 1]]]},
     {usort, 600, fun() -> [badcmp(), maybe_bad(fun sortable/0)] end},
     {keysort, 600, fun() -> [keypos(), badtlist()] end},
     {keysort, [[1, foo], [1, [a | b]], [1, [{a}, {b} | c]], [2, [{a}]], [2, [{a}, {b}]]]},
     {ukeysort, 600, fun() -> [keypos(), badtlist()] end},
     {ukeysort, [[1, foo], [1, [a | b]], [1, [{a}, {b} | c]], [2, [{a}]], [2, [{a}, {b}]]]},
     {merge, ?N, fun() -> [maybe_bad(fun() -> sorted(eqlist()) end),
                           maybe_bad(fun() -> sorted(eqlist()) end)] end},
     {merge, ?N, fun() -> [eqlist(), eqlist()] end},
     {rmerge, ?N, fun() -> [lists:reverse(sorted(eqlist())), lists:reverse(sorted(eqlist()))] end},
     {rmerge, ?N, fun() -> [eqlist(), eqlist()] end},
     {umerge, ?N, fun() -> [maybe_bad(fun() -> lists:usort(eqlist()) end),
                            maybe_bad(fun() -> lists:usort(eqlist()) end)] end},
     {umerge, ?N, fun() -> [eqlist(), eqlist()] end},
     {rumerge, ?N, fun() -> [lists:reverse(lists:usort(eqlist())), lists:reverse(lists:usort(eqlist()))] end},
     {rumerge, ?N, fun() -> [eqlist(), eqlist()] end},
     {merge3, ?N, fun() -> [sorted(eqlist()), sorted(eqlist()), sorted(eqlist())] end},
     {rmerge3, ?N, fun() -> [lists:reverse(sorted(eqlist())) || _ <- [1, 2, 3]] end},
     {umerge3, ?N, fun() -> [lists:usort(eqlist()), lists:usort(eqlist()), lists:usort(eqlist())] end},
     {rumerge3, ?N, fun() -> [lists:reverse(lists:usort(eqlist())) || _ <- [1, 2, 3]] end},
     {merge, ?N, fun() -> [maybe_bad(fun() -> list(fun() -> sorted(eqlist()) end) end)] end},
     {umerge, ?N, fun() -> [maybe_bad(fun() -> list(fun() -> lists:usort(eqlist()) end) end)] end},
     {merge, ?N, fun() -> F = cmp(), [F, maybe_bad(fun() -> eqlist() end), maybe_bad(fun() -> eqlist() end)] end},
     {rmerge, ?N, fun() -> F = cmp(), [F, eqlist(), eqlist()] end},
     {umerge, ?N, fun() -> F = cmp(), [F, maybe_bad(fun() -> eqlist() end), maybe_bad(fun() -> eqlist() end)] end},
     {rumerge, ?N, fun() -> F = cmp(), [F, eqlist(), eqlist()] end},
     {keymerge, ?N, fun() -> N = pick([1, 2]), [N, lists:keysort(N, tlist2()), lists:keysort(N, tlist2())] end},
     {keymerge, ?N, fun() -> [keypos(), badtlist(), badtlist()] end},
     {ukeymerge, ?N, fun() -> N = pick([1, 2]), [N, lists:ukeysort(N, tlist2()), lists:ukeysort(N, tlist2())] end},
     {ukeymerge, ?N, fun() -> [keypos(), badtlist(), badtlist()] end},
     {rkeymerge, ?N, fun() -> N = pick([1, 2]), [N, lists:reverse(lists:keysort(N, tlist2())),
                                                 lists:reverse(lists:keysort(N, tlist2()))] end},
     {rkeymerge, ?N, fun() -> [keypos(), badtlist(), badtlist()] end},
     {rukeymerge, ?N, fun() -> N = pick([1, 2]), [N, lists:reverse(lists:ukeysort(N, tlist2())),
                                                  lists:reverse(lists:ukeysort(N, tlist2()))] end},
     {rukeymerge, ?N, fun() -> [keypos(), badtlist(), badtlist()] end}];
cases(_) -> [].

%% Long lists with many equal but distinguishable elements.
biglist() ->
    Len = int(0, 300),
    Pool = pick([[1, 1.0, 2, 2.0, 3, 3.0], [1, 1.0], lists:seq(1, 50) ++ [1.0, 25.0]]),
    [pick(Pool) || _ <- lists:seq(1, Len)].

%% An integer in Lo..Hi, or now and then anything but a huge integer.
count(Lo, Hi) ->
    case maybe_bad(fun() -> int(Lo, Hi) end) of
        I when is_integer(I), abs(I) > 1000 -> I rem 7;
        X -> X
    end.

tlist2() -> tuple_list(2, fun() -> pick([1, 2, 3, 1.0, a, b]) end).
