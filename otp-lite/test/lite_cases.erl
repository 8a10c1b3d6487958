%% The cases of the differential tests: for each otp-lite module, the functions to call
%% and their arguments (fixed ones, and generators run N times with a fixed seed).
-module(lite_cases).
-export([expand/1, normalize/2]).

-import(lite_gen, [int/0, int/2, small/0, num/0, atom/0, term/0, term/1, list/1, list/2,
                   ilist/0, oneof/1, pick/1, maybe_bad/1, maybe_bad/2, string/0, ustring/0, binary/0,
                   map/0, map/1, tuple_list/2, key_list/1, deep_list/1, sorted/1,
                   chardata/0, latin1_string/0, f1/2, f2/2, f3/2]).

-define(N, 300).
-define(MALFORMED_N, 300).

%% [{Function, [Args]}] for a module.
expand(M) ->
    case lists:member(M, [erl_scan, erl_parse]) of
        true ->
            %% Modules added later draw from a random stream of their own, so that their
            %% cases do not change the generated cases of the modules after them.
            Saved = rand:export_seed(),
            rand:seed(exsss, {16#5eed, 42, erlang:phash2(M)}),
            Cases = lists:append([expand_spec(S) || S <- cases(M)]),
            rand:seed(Saved),
            Cases;
        false ->
            lists:append([expand_spec(S) || S <- cases(M)])
    end ++ own_stream({16#bad, 43, erlang:phash2(M)}, fun() -> malformed_cases(M) end).

%% Cases added later draw from a random stream of their own (restored afterwards), so they
%% do not change the generated cases of any other module or spec.
own_stream(Seed, Specs) ->
    Saved = rand:export_seed(),
    rand:seed(exsss, Seed),
    Cases = lists:append([expand_spec(S) || S <- Specs()]),
    rand:seed(Saved),
    Cases.

expand_spec({F, Fixed}) when is_list(Fixed) -> [{F, A} || A <- Fixed];
expand_spec({F, Count, Gen}) -> [{F, Gen()} || _ <- lists:seq(1, Count)].

%% How results are compared (identity unless said otherwise). io_lib:format output is
%% compared flattened; string results that are chardata are compared as characters.
normalize(io_lib, F) when F =:= format; F =:= fwrite; F =:= print; F =:= write;
                          F =:= write_atom; F =:= write_string; F =:= write_char;
                          F =:= write_atom_as_latin1; F =:= write_string_as_latin1;
                          F =:= write_latin1_string; F =:= write_char_as_latin1;
                          F =:= write_latin1_char; F =:= format_prompt ->
    on_ok(fun lists:flatten/1);
normalize(io_lib_pretty, print) -> on_ok(fun lists:flatten/1);
normalize(string, F) when F =:= pad; F =:= trim; F =:= slice; F =:= chomp; F =:= uppercase;
                          F =:= lowercase; F =:= titlecase; F =:= casefold; F =:= replace;
                          F =:= find; F =:= prefix; F =:= nth_lexeme ->
    on_ok(fun chars/1);
normalize(string, F) when F =:= split; F =:= lexemes ->
    on_ok(fun(L) -> [chars(X) || X <- L] end);
normalize(string, take) -> on_ok(fun({A, B}) -> {chars(A), chars(B)} end);
normalize(string, F) when F =:= next_grapheme; F =:= next_codepoint ->
    on_ok(fun([G | R]) -> [G | chars(R)]; (X) -> X end);
normalize(timer, F) when F =:= tc -> on_ok(fun({T, V}) -> {is_integer(T), V} end);
normalize(M, F) when M =:= erl_scan; M =:= erl_parse;
                     M =:= io, F =:= read; M =:= io, F =:= parse_erl_exprs ->
    %% Error tuples name the module (?MODULE), which is lite_<module> in the renamed copy.
    fun unlite/1;
normalize(_M, _F) -> fun(X) -> X end.

unlite(lite_erl_scan) -> erl_scan;
unlite(lite_erl_parse) -> erl_parse;
unlite([H | T]) -> [unlite(H) | unlite(T)];
unlite(T) when is_tuple(T) -> list_to_tuple(unlite(tuple_to_list(T)));
unlite(X) -> X.

on_ok(F) ->
    fun({{{ok, R}, Log}, Io}) -> {{{ok, F(R)}, Log}, Io};
       (X) -> X
    end.

chars(X) ->
    case catch unicode:characters_to_list(X) of
        L when is_list(L) -> {chars, L};
        _ -> X
    end.

%%% Malformed inputs of the merge and sort family: improper lists (the bad tail anywhere),
%%% non-lists, lists of them, unsorted and mixed-type elements. OTP's algorithm defines
%%% the result (or the exception) in each case.

malformed_cases(lists) ->
    L1 = fun(F, G) -> {F, ?MALFORMED_N, fun() -> [G()] end} end,
    L2 = fun(F, G) -> {F, ?MALFORMED_N, fun() -> [G(), G()] end} end,
    L3 = fun(F, G) -> {F, ?MALFORMED_N, fun() -> [G(), G(), G()] end} end,
    C2 = fun(F) -> {F, ?MALFORMED_N, fun() -> [badcmp(), mlist(), mlist()] end} end,
    K2 = fun(F) -> {F, ?MALFORMED_N, fun() -> [keypos(), mtlist(), mtlist()] end} end,
    [{merge, [[[[1, 2], x]], [[[1, 2], [3 | x]]], [[[3 | x], [1, 2]]], [[[1 | x]]], [[x]],
              [[[[1], [2] | x]]], [[[[1], [2], [3] | x]]], [[[a, b], [c], d]]]},
     {umerge, [[[[1, 2], x]], [[[1, 2], [3 | x]]], [[[3 | x], [1, 2]]], [[[1 | x]]], [[x]],
               [[[[1], [2] | x]]], [[[[1], [2], [3] | x]]], [[[a, b], [c], d]]]},
     L1(merge, fun mlists/0), L1(umerge, fun mlists/0),
     L2(merge, fun mlist/0), L2(umerge, fun mlist/0), L2(rmerge, fun mlist/0), L2(rumerge, fun mlist/0),
     L3(merge3, fun mlist/0), L3(umerge3, fun mlist/0), L3(rmerge3, fun mlist/0), L3(rumerge3, fun mlist/0),
     C2(merge), C2(umerge), C2(rmerge), C2(rumerge),
     K2(keymerge), K2(ukeymerge), K2(rkeymerge), K2(rukeymerge),
     L1(sort, fun mlist/0), L1(usort, fun mlist/0),
     {sort, ?MALFORMED_N, fun() -> [badcmp(), mlist()] end},
     {usort, ?MALFORMED_N, fun() -> [badcmp(), mlist()] end},
     {keysort, ?MALFORMED_N, fun() -> [keypos(), mtlist()] end},
     {ukeysort, ?MALFORMED_N, fun() -> [keypos(), mtlist()] end}];
malformed_cases(ordsets) ->
    [{union, [[[[1, 2], x]], [[[1, 2], [3 | x]]], [[[3 | x], [1, 2]]], [[x]], [[[[1] | x]]]]},
     {union, ?MALFORMED_N, fun() -> [mlists()] end},
     {union, ?MALFORMED_N, fun() -> [mlist(), mlist()] end},
     {intersection, ?MALFORMED_N, fun() -> [mlists()] end},
     {intersection, ?MALFORMED_N, fun() -> [mlist(), mlist()] end},
     {subtract, ?MALFORMED_N, fun() -> [mlist(), mlist()] end},
     {is_subset, ?MALFORMED_N, fun() -> [mlist(), mlist()] end},
     {is_disjoint, ?MALFORMED_N, fun() -> [mlist(), mlist()] end},
     {from_list, ?MALFORMED_N, fun() -> [mlist()] end},
     {is_set, ?MALFORMED_N, fun() -> [mlist()] end},
     {add_element, ?MALFORMED_N, fun() -> [okey(), mlist()] end},
     {del_element, ?MALFORMED_N, fun() -> [okey(), mlist()] end},
     {is_element, ?MALFORMED_N, fun() -> [okey(), mlist()] end}];
malformed_cases(orddict) ->
    [{from_list, ?MALFORMED_N, fun() -> [mtlist()] end},
     {merge, ?MALFORMED_N, fun() -> [maybe_bad(fun comb/0), mtlist(), mtlist()] end},
     {store, ?MALFORMED_N, fun() -> [okey(), v, mtlist()] end},
     {find, ?MALFORMED_N, fun() -> [okey(), mtlist()] end},
     {to_list, 100, fun() -> [mtlist()] end}];
malformed_cases(sets) ->
    [{from_list, ?MALFORMED_N, fun() -> [mlist()] end},
     {from_list, ?MALFORMED_N, fun() -> [mlist(), pick([[{version, 2}], [{version, 1}], []])] end}];
malformed_cases(gb_sets) ->
    [{from_list, ?MALFORMED_N, fun() -> [mlist()] end},
     {from_ordset, ?MALFORMED_N, fun() -> [mlist()] end}];
malformed_cases(gb_trees) ->
    [{from_orddict, ?MALFORMED_N, fun() -> [mtlist()] end}];
malformed_cases(_) ->
    [].

%% A list to merge or sort: well-formed (sorted either way or not at all), improper, or
%% not a list.
mlist() ->
    oneof([fun() -> sorted(eqlist()) end, fun() -> lists:reverse(sorted(eqlist())) end,
           fun() -> lists:usort(eqlist()) end, fun() -> lists:reverse(lists:usort(eqlist())) end,
           fun eqlist/0, fun eqlist/0,
           fun() -> list(fun() -> int(0, 30) end, 40) end,
           fun() -> improper(oneof([fun() -> sorted(eqlist()) end, fun eqlist/0,
                                    fun() -> list(fun() -> int(0, 30) end, 40) end])) end,
           fun() -> improper(sorted(eqlist())) end,
           fun() -> improper(biglist()) end,
           fun() -> pick([x, 3, {1}, <<"b">>, #{}, 1.0]) end]).
improper(L) ->
    N = int(0, length(L)),
    {A, _} = lists:split(N, L),
    A ++ pick([x, 3, {t}, <<"b">>, 2.0, #{a => 1}]).
%% A list of lists to merge: some improper ones, or itself improper or not a list.
mlists() ->
    oneof([fun() -> list(fun mlist/0, 5) end, fun() -> list(fun() -> sorted(eqlist()) end, 5) end,
           fun() -> list(fun mlist/0, 14) end, fun() -> list(fun() -> sorted(eqlist()) end, 14) end,
           fun() -> improper(list(fun mlist/0, 5)) end,
           fun() -> improper(list(fun() -> sorted(eqlist()) end, 5)) end,
           fun() -> pick([x, 3, {1}]) end]).
%% A list of tuples to key-merge or key-sort: as mlist/0, with elements that are not tuples
%% or too small now and then.
mtlist() ->
    L = oneof([fun() -> lists:keysort(1, tlist2()) end, fun() -> lists:ukeysort(1, tlist2()) end,
               fun() -> lists:reverse(lists:keysort(2, tlist2())) end, fun tlist2/0, fun tlist/0,
               fun() -> tlist2() ++ [pick([a, {}, 3, {z}])] ++ tlist2() end]),
    oneof([fun() -> L end, fun() -> L end, fun() -> improper(L) end,
           fun() -> pick([x, 3, {1}, <<"b">>]) end]).

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
cases(maps) ->
    [{get, ?N, fun() -> [mkey(), anymap()] end},
     {get, ?N, fun() -> [mkey(), anymap(), default] end},
     {find, 100, fun() -> [mkey(), anymap()] end},
     {to_list, ?N, fun() -> [anymap()] end},
     {size, 100, fun() -> [anymap()] end},
     {new, [[]]},
     {keys, 100, fun() -> [anymap()] end},
     {values, 100, fun() -> [anymap()] end},
     {update_with, ?N, fun() -> [mkey(), maybe_bad(fun mapfun/0), anymap()] end},
     {update_with, ?N, fun() -> [mkey(), maybe_bad(fun mapfun/0), init, anymap()] end},
     {iterator, 100, fun() -> [anymap()] end},
     {next, ?N, fun() -> [anyiter()] end},
     {next, [[none], [{a, b, none}], [[0 | x]], [[a | #{}]], [{a, b}]]},
     {filter, ?N, fun() -> [maybe_bad(fun pred2/0), anyiter()] end},
     {filtermap, ?N, fun() -> [maybe_bad(fun() -> f2(fm, fun(K, V) when is_integer(V), V > 2 -> {true, {K}};
                                                           (_, V) -> is_atom(V) end) end),
                               anyiter()] end},
     {foreach, ?N, fun() -> [maybe_bad(fun pred2/0), anyiter()] end},
     {fold, ?N, fun() -> [maybe_bad(fun() -> f3(fo, fun(K, V, A) -> [{K, V} | A] end) end),
                          acc0, anyiter()] end},
     {map, ?N, fun() -> [maybe_bad(fun() -> f2(mp, fun(K, V) -> {K, V} end) end), anyiter()] end},
     {without, ?N, fun() -> [maybe_bad(fun() -> list(fun mkey/0) end), anymap()] end},
     {with, ?N, fun() -> [maybe_bad(fun() -> list(fun mkey/0) end), anymap()] end},
     {intersect, ?N, fun() -> [anymap(), anymap()] end},
     {intersect_with, ?N, fun() -> [maybe_bad(fun comb/0), anymap(), anymap()] end},
     {merge_with, ?N, fun() -> [maybe_bad(fun comb/0), anymap(), anymap()] end},
     {groups_from_list, ?N, fun() -> [maybe_bad(fun() -> f1(g, fun(X) -> erlang:phash2(X) rem 3 end) end),
                                      anylist()] end},
     {groups_from_list, ?N, fun() -> [maybe_bad(fun() -> f1(g, fun(X) -> erlang:phash2(X) rem 3 end) end),
                                      maybe_bad(fun() -> f1(v, fun(X) -> {X} end) end),
                                      anylist()] end},
     {merge, 100, fun() -> [anymap(), anymap()] end},
     {put, 100, fun() -> [mkey(), v, anymap()] end},
     {remove, 100, fun() -> [mkey(), anymap()] end},
     {take, 100, fun() -> [mkey(), anymap()] end},
     {update, 100, fun() -> [mkey(), v, anymap()] end},
     {is_key, 100, fun() -> [mkey(), anymap()] end},
     {from_keys, 100, fun() -> [maybe_bad(fun() -> list(fun mkey/0) end), v] end},
     {from_list, 100, fun() -> [maybe_bad(fun() -> [{mkey(), small()} || _ <- list(fun lite_gen:small/0)] end)] end}];
cases(proplists) ->
    [{property, 100, fun() -> [prop()] end},
     {property, 100, fun() -> [pkey(), pick([true, false, 1, x])] end},
     {unfold, 100, fun() -> [maybe_bad(fun plist/0)] end},
     {compact, 100, fun() -> [maybe_bad(fun plist/0)] end},
     {lookup, ?N, fun() -> [pkey(), maybe_bad(fun plist/0)] end},
     {lookup_all, ?N, fun() -> [pkey(), maybe_bad(fun plist/0)] end},
     {is_defined, ?N, fun() -> [pkey(), maybe_bad(fun plist/0)] end},
     {get_value, ?N, fun() -> [pkey(), maybe_bad(fun plist/0)] end},
     {get_value, ?N, fun() -> [pkey(), maybe_bad(fun plist/0), def] end},
     {get_all_values, ?N, fun() -> [pkey(), maybe_bad(fun plist/0)] end},
     {append_values, ?N, fun() -> [pkey(), maybe_bad(fun plist/0)] end},
     {get_bool, ?N, fun() -> [pkey(), maybe_bad(fun plist/0)] end},
     {get_keys, ?N, fun() -> [maybe_bad(fun plist/0)] end},
     {get_keys, 50, fun() -> [[{K, 1} || K <- lists:seq(1, int(50, 300))]] end},
     {delete, ?N, fun() -> [pkey(), maybe_bad(fun plist/0)] end},
     {substitute_aliases, ?N, fun() -> [maybe_bad(fun() -> list(fun() -> {pkey(), pkey()} end, 3) end),
                                        maybe_bad(fun plist/0)] end},
     {substitute_negations, ?N, fun() -> [maybe_bad(fun() -> list(fun() -> {pkey(), pkey()} end, 3) end),
                                          maybe_bad(fun plist/0)] end},
     {expand, ?N, fun() -> [maybe_bad(fun() -> list(fun() -> {prop(), list(fun prop/0, 3)} end, 3) end),
                            maybe_bad(fun plist/0)] end},
     {normalize, ?N, fun() -> [maybe_bad(fun plist/0), stages()] end},
     {split, ?N, fun() -> [maybe_bad(fun plist/0), maybe_bad(fun() -> list(fun pkey/0, 3) end)] end},
     {to_map, ?N, fun() -> [maybe_bad(fun plist/0)] end},
     {to_map, ?N, fun() -> [maybe_bad(fun plist/0), stages()] end},
     {from_map, 100, fun() -> [anymap()] end}];
cases(dict) ->
    [{new, [[]]},
     {is_key, ?N, fun() -> [dkey(), anydict()] end},
     {to_list, ?N, fun() -> [anydict()] end},
     {from_list, ?N, fun() -> [maybe_bad(fun() -> [{dkey(), small()} || _ <- lists:seq(1, int(0, 150))] end)] end},
     {size, 100, fun() -> [anydict()] end},
     {is_empty, 100, fun() -> [anydict()] end},
     {fetch, ?N, fun() -> [dkey(), anydict()] end},
     {find, ?N, fun() -> [dkey(), anydict()] end},
     {fetch_keys, 100, fun() -> [anydict()] end},
     {erase, 600, fun() -> [dkey(), anydict()] end},
     {take, 600, fun() -> [dkey(), anydict()] end},
     {store, 600, fun() -> [dkey(), v, anydict()] end},
     {append, ?N, fun() -> [dkey(), v, anydict(fun() -> list(fun lite_gen:small/0) end)] end},
     {append_list, ?N, fun() -> [dkey(), maybe_bad(fun lite_gen:ilist/0), anydict(fun() -> list(fun lite_gen:small/0) end)] end},
     {update, ?N, fun() -> [dkey(), maybe_bad(fun mapfun/0), anydict()] end},
     {update, ?N, fun() -> [dkey(), maybe_bad(fun mapfun/0), init, anydict()] end},
     {update_counter, ?N, fun() -> [dkey(), maybe_bad(fun lite_gen:num/0), anydict()] end},
     {fold, ?N, fun() -> [maybe_bad(fun() -> f3(fo, fun(K, V, A) -> [{K, V} | A] end) end), acc0, anydict()] end},
     {map, ?N, fun() -> [maybe_bad(fun() -> f2(mp, fun(K, V) -> {K, V} end) end), anydict()] end},
     {filter, 600, fun() -> [maybe_bad(fun() -> f2(fi, fun(K, V) -> erlang:phash2({K, V}) rem 3 > 0 end) end),
                             anydict()] end},
     {merge, ?N, fun() -> [maybe_bad(fun comb/0), anydict(), anydict()] end}];
cases(sets) ->
    [{new, [[], [[{version, 2}]], [[{version, 1}]], [[]], [[{version, 3}]], [x]]},
     {from_list, ?N, fun() -> [maybe_bad(fun() -> list(fun dkey/0, 150) end)] end},
     {from_list, ?N, fun() -> [maybe_bad(fun() -> list(fun dkey/0, 150) end),
                               pick([[{version, 2}], [{version, 1}], [], [{version, 3}], x])] end},
     {is_set, 100, fun() -> [anyset()] end},
     {size, 100, fun() -> [anyset()] end},
     {is_empty, 100, fun() -> [anyset()] end},
     {to_list, ?N, fun() -> [anyset()] end},
     {is_element, ?N, fun() -> [dkey(), anyset()] end},
     {add_element, 600, fun() -> [dkey(), anyset()] end},
     {del_element, 600, fun() -> [dkey(), anyset()] end},
     {union, ?N, fun() -> [anyset(), anyset()] end},
     {union, ?N, fun() -> [maybe_bad(fun() -> list(fun anyset/0, 3) end)] end},
     {intersection, ?N, fun() -> [anyset(), anyset()] end},
     {intersection, ?N, fun() -> [maybe_bad(fun() -> list(fun anyset/0, 3) end)] end},
     {is_disjoint, ?N, fun() -> [anyset(), anyset()] end},
     {subtract, ?N, fun() -> [anyset(), anyset()] end},
     {is_subset, ?N, fun() -> [anyset(), anyset()] end},
     {is_subset, 100, fun() -> S = goodset(), [sets:filter(fun(E) -> erlang:phash2(E) rem 2 =:= 0 end, S), S] end},
     {fold, ?N, fun() -> [maybe_bad(fun() -> f2(fo, fun(E, A) -> [E | A] end) end), acc0, anyset()] end},
     {filter, 600, fun() -> [maybe_bad(fun() -> f1(fi, fun(E) -> erlang:phash2(E) rem 3 > 0 end) end),
                             anyset()] end}];
cases(orddict) ->
    [{new, [[]]},
     {is_key, ?N, fun() -> [okey(), anyod()] end},
     {to_list, 50, fun() -> [anyod()] end},
     {from_list, ?N, fun() -> [maybe_bad(fun() -> [{okey(), small()} || _ <- list(fun lite_gen:small/0, 8)] end)] end},
     {from_list, [[[{a, 1}]], [[{a, 1} | b]], [[{a, 1}, {b}]], [[x]]]},
     {size, 50, fun() -> [anyod()] end},
     {is_empty, 50, fun() -> [anyod()] end},
     {fetch, ?N, fun() -> [okey(), anyod()] end},
     {find, ?N, fun() -> [okey(), anyod()] end},
     {fetch_keys, 100, fun() -> [anyod()] end},
     {erase, ?N, fun() -> [okey(), anyod()] end},
     {take, ?N, fun() -> [okey(), anyod()] end},
     {store, ?N, fun() -> [okey(), v, anyod()] end},
     {append, ?N, fun() -> [okey(), v, anyod(fun lite_gen:ilist/0)] end},
     {append_list, ?N, fun() -> [okey(), maybe_bad(fun lite_gen:ilist/0), anyod(fun lite_gen:ilist/0)] end},
     {update, ?N, fun() -> [okey(), maybe_bad(fun mapfun/0), anyod()] end},
     {update, ?N, fun() -> [okey(), maybe_bad(fun mapfun/0), init, anyod()] end},
     {update_counter, ?N, fun() -> [okey(), maybe_bad(fun lite_gen:num/0), anyod()] end},
     {fold, ?N, fun() -> [maybe_bad(fun() -> f3(fo, fun(K, V, A) -> [{K, V} | A] end) end), acc0, anyod()] end},
     {map, ?N, fun() -> [maybe_bad(fun() -> f2(mp, fun(K, V) -> {K, V} end) end), anyod()] end},
     {filter, ?N, fun() -> [maybe_bad(fun pred2/0), anyod()] end},
     {merge, ?N, fun() -> [maybe_bad(fun comb/0), anyod(), anyod()] end}];
cases(ordsets) ->
    [{new, [[]]},
     {is_set, ?N, fun() -> [oneof([fun anyos/0, fun eqlist/0])] end},
     {size, 50, fun() -> [anyos()] end},
     {is_empty, 50, fun() -> [anyos()] end},
     {to_list, 50, fun() -> [anyos()] end},
     {from_list, ?N, fun() -> [maybe_bad(fun eqlist/0)] end},
     {is_element, ?N, fun() -> [okey(), anyos()] end},
     {add_element, ?N, fun() -> [okey(), anyos()] end},
     {del_element, ?N, fun() -> [okey(), anyos()] end},
     {union, ?N, fun() -> [anyos(), anyos()] end},
     {union, ?N, fun() -> [maybe_bad(fun() -> list(fun anyos/0, 4) end)] end},
     {intersection, ?N, fun() -> [anyos(), anyos()] end},
     {intersection, ?N, fun() -> [maybe_bad(fun() -> list(fun anyos/0, 4) end)] end},
     {is_disjoint, ?N, fun() -> [anyos(), anyos()] end},
     {subtract, ?N, fun() -> [anyos(), anyos()] end},
     {is_subset, ?N, fun() -> [anyos(), anyos()] end},
     {fold, ?N, fun() -> [maybe_bad(fun() -> f2(fo, fun(E, A) -> [E | A] end) end), acc0, anyos()] end},
     {filter, ?N, fun() -> [badpred(), anyos()] end}];
cases(queue) ->
    Q1 = fun(F) -> {F, ?N, fun() -> [anyq()] end} end,
    Q2 = fun(F, G) -> {F, ?N, fun() -> [G(), anyq()] end} end,
    [{new, [[]]},
     Q1(is_queue), Q1(is_empty), Q1(len), Q1(to_list), Q1(out), Q1(out_r), Q1(get), Q1(get_r),
     Q1(peek), Q1(peek_r), Q1(drop), Q1(drop_r), Q1(reverse), Q1(head), Q1(tail), Q1(last),
     Q1(daeh), Q1(init), Q1(liat), Q1(lait),
     {from_list, ?N, fun() -> [badlist()] end},
     Q2(member, fun lite_gen:small/0), Q2(in, fun lite_gen:small/0), Q2(in_r, fun lite_gen:small/0), Q2(cons, fun lite_gen:small/0),
     Q2(delete, fun lite_gen:small/0), Q2(delete_r, fun lite_gen:small/0),
     Q2(delete_with, fun badpred/0), Q2(delete_with_r, fun badpred/0),
     Q2(any, fun badpred/0), Q2(all, fun badpred/0),
     {snoc, ?N, fun() -> [anyq(), small()] end},
     {join, ?N, fun() -> [anyq(), anyq()] end},
     {split, ?N, fun() -> [count(-1, 12), anyq()] end},
     {filter, ?N, fun() -> [maybe_bad(fun() -> pick([f1(qf, fun(X) when X > 3 -> [X, X]; (X) -> X rem 2 =:= 0 end),
                                                     f1(qf1, fun(X) when X > 4 -> [{X}]; (X) -> X > 1 end),
                                                     f1(qfbad, fun(X) -> X end)]) end),
                            anyq()] end},
     {filtermap, ?N, fun() -> [maybe_bad(fun() -> pick([f1(qm, fun(X) when X > 3 -> {true, {X}}; (X) -> X rem 2 =:= 0 end),
                                                        f1(qmbad, fun(X) -> X end)]) end),
                               anyq()] end},
     {fold, ?N, fun() -> [maybe_bad(fun() -> f2(fo, fun(E, A) -> [E | A] end) end), acc0, anyq()] end}];
cases(gb_trees) ->
    T1 = fun(F) -> {F, ?N, fun() -> [anytree()] end} end,
    T2 = fun(F) -> {F, ?N, fun() -> [gkey(), anytree()] end} end,
    [{empty, [[]]},
     T1(is_empty), T1(size), T1(balance), T1(keys), T1(values), T1(to_list), T1(smallest),
     T1(largest), T1(take_smallest), T1(take_largest), T1(iterator),
     T2(lookup), T2(get), T2(delete), T2(delete_any), T2(is_defined), T2(take), T2(take_any),
     T2(iterator_from),
     {insert, 1000, fun() -> [gkey(), v, anytree()] end},
     {enter, 1000, fun() -> [gkey(), v, anytree()] end},
     {update, ?N, fun() -> [gkey(), v, anytree()] end},
     {from_orddict, ?N, fun() -> [maybe_bad(fun() -> orddict:from_list([{gkey(), small()} || _ <- list(fun lite_gen:small/0, 40)]) end)] end},
     {next, ?N, fun() -> [maybe_bad(fun() -> iter_steps(gb_trees, gb_trees:iterator(goodtree()), int(0, 5)) end)] end},
     {map, ?N, fun() -> [maybe_bad(fun() -> f2(mp, fun(K, V) -> {K, V} end) end), anytree()] end}];
cases(gb_sets) ->
    S1 = fun(F) -> {F, ?N, fun() -> [anygbs()] end} end,
    S2 = fun(F) -> {F, ?N, fun() -> [gkey(), anygbs()] end} end,
    SS = fun(F) -> {F, 600, fun() -> [anygbs(), anygbs()] end} end,
    [{empty, [[]]}, {new, [[]]},
     S1(is_empty), S1(size), S1(balance), S1(to_list), S1(smallest), S1(largest),
     S1(take_smallest), S1(take_largest), S1(iterator), S1(is_set),
     S2(is_member), S2(is_element), S2(delete), S2(delete_any), S2(del_element), S2(iterator_from),
     {singleton, 20, fun() -> [gkey()] end},
     {insert, 1000, fun() -> [gkey(), anygbs()] end},
     {add, 1000, fun() -> [gkey(), anygbs()] end},
     {add_element, ?N, fun() -> [gkey(), anygbs()] end},
     SS(union), SS(intersection), SS(is_disjoint), SS(difference), SS(subtract), SS(is_subset),
     {union, ?N, fun() -> [maybe_bad(fun() -> list(fun anygbs/0, 3) end)] end},
     {intersection, ?N, fun() -> [maybe_bad(fun() -> [goodgbs() | list(fun anygbs/0, 3)] end)] end},
     {is_subset, ?N, fun() -> S = goodgbs(), [gb_sets:filter(fun(E) -> erlang:phash2(E) rem 3 > 0 end, S), S] end},
     {from_list, ?N, fun() -> [maybe_bad(fun() -> list(fun gkey/0, 60) end)] end},
     {from_ordset, ?N, fun() -> [maybe_bad(fun() -> lists:usort(list(fun gkey/0, 60)) end)] end},
     {next, ?N, fun() -> [maybe_bad(fun() -> iter_steps(gb_sets, gb_sets:iterator(goodgbs()), int(0, 5)) end)] end},
     {filter, ?N, fun() -> [maybe_bad(fun() -> f1(fi, fun(E) -> erlang:phash2(E) rem 3 > 0 end) end), anygbs()] end},
     {fold, ?N, fun() -> [maybe_bad(fun() -> f2(fo, fun(E, A) -> [E | A] end) end), acc0, anygbs()] end}];
cases(io_lib) ->
    [{format, 3000, fun() -> {F, A} = fmt(), [F, A] end},
     {format, [["~p~n", [lists:seq(1, 5)]], ["~w", [[]]], ["~s", [[]]], [<<"~w">>, [a]], [bad, []],
               ['~w', [x]], ["~", []], ["~d", [1]], ["~w~w", [a]], ["~w", [a, b]], ["~q", [a]],
               ["abc", x], ["~-10p", [a]], ["~10p|", [a]], ["~*c", [5, $x]], ["~.*s", [2, "abc"]],
               ["~-*.*.*s|", [6, 2, $., "abc"]], ["~.16B ~.16b ~.2b ~.36B", [255, 255, -5, 1 bsl 70]],
               ["~s", [<<"ü"/utf8>>]], ["~ts", [<<"ü"/utf8>>]], ["~ts", [[16#4e2d]]], ["~s", [[16#4e2d]]],
               ["~tp", [[16#4e2d]]], ["~p", [[16#4e2d]]], ["~tp", [<<"中"/utf8>>]], ["~p", [<<"中"/utf8>>]],
               ["~p", [<<1, 2, 3>>]], ["~p", [<<"abc", 0>>]], ["~p", [<<5:3>>]], ["~w", [<<5:3>>]],
               ["~p", [#{a => "x", "k" => [1]}]], ["~P", [[1, 2, 3, 4, 5], 3]], ["~P", [{a, b, c, d}, 3]],
               ["~P", [#{a => 1, b => 2, c => 3}, 2]], ["~W", [[1, 2, 3, 4, 5], 3]], ["~W", [[a | b], 2]],
               ["~P", [<<"abcdefghij">>, 2]], ["~P", ["abcdefghij", 2]], ["~P", [[[1, 2], [3]], 2]],
               ["~lp", ["abc"]], ["~p", ['hello world']], ["~p", ['Ab']], ["~w", ['_x']],
               ["~p", [[a | b]]], ["~p", [[1, 2 | c]]], ["~p", [{}]], ["~p", [-0.0]], ["~p", [1.0e100]],
               ["~e ~f ~g", [0.0, -0.0, 1.0e-310]], ["~.20e", [0.1]], ["~.1f", [0.05]], ["~.0f", [1.5]],
               ["~8.3f|~-8.3f|~8.3.0f", [3.14159, -2.5, 1.0]], ["~20.10g|", [123456.789]],
               ["~c~c~tc", [300, -1, 16#1F600]], ["~5.2c|", [$a]], ["~-5.2c|", [$a]],
               ["~i~n~~", [x]], ["~3n", []], ["~10.5s|", ["ab"]], ["~10.5s|", ["abcdefgh"]],
               ["~5s|~-5s|", [abc, "de"]], ["~x ~X ~# ~+", [255, "0x", -255, abc, 255, -255]],
               ["~.8x", [64, 'P-']], ["~9w|~-9w|~3w|", [abc, "x", 12345]], ["~9.5w|", [abcdefgh]],
               ["~s", [[$a, <<"bc">>, ["d"]]]], ["~s", [[256]]], ["~s", [<<1:1>>]], ["~ts", [[a]]]]},
     {fwrite, 200, fun() -> {F, A} = fmt(), [F, A] end},
     {write, ?N, fun() -> [term(3)] end},
     {write, ?N, fun() -> [term(3), int(-1, 5)] end},
     {write, 100, fun() -> [term(3), pick([[{depth, 3}], [{encoding, unicode}], [{encoding, latin1}, {depth, 2}], []])] end},
     {write, ?N, fun() -> [bigterm(3), [{chars_limit, int(1, 120)}, {depth, pick([-1, 4])},
                                        {encoding, pick([latin1, utf8])}]] end},
     {print, ?N, fun() -> [bigterm(3)] end},
     {print, ?N, fun() -> [bigterm(3), int(-1, 30), pick([0, 20, 40, 80]), pick([-1, 3, 6])] end},
     {format, ?N, fun() -> T = bigterm(3),
                           pick([["~p", [T]], ["~tp~n", [T]], ["x = ~p, y = ~lp~n", [T, bigterm(3)]],
                                 ["~30p", [T]], ["~.12p", [T]], ["~50.5P", [T, int(1, 9)]],
                                 ["\t~tP", [T, int(1, 9)]], ["~-30p", [T]], ["~p|~p", [T, T]]]) end},
     {format, ?N, fun() -> T = bigterm(3), S = pick(["abc", <<"bin">>, "a longer string of text", abc]),
                           [F, A] = pick([["~p", [T]], ["~w ~p", [T, T]], ["~s: ~tp", [S, T]],
                                          ["~W ~P", [T, int(1, 5), T, int(1, 5)]],
                                          ["~ts~p~w", [S, T, T]], ["~10s|~-8w|~p", [S, T, T]]]),
                           [F, A, [{chars_limit, int(0, 150)}]] end},
     {write_atom, 100, fun() -> [pick(['a', 'A', 'a b', '', 'é', 'ünï', 'after', 'hello_World@1', '_', '中', 'a\nb', 'x\'y'])] end},
     {write_atom_as_latin1, 50, fun() -> [pick(['a', 'A', 'a b', 'é', '中', 'end'])] end},
     {write_string, ?N, fun() -> [oneof([fun lite_gen:ustring/0, fun lite_gen:latin1_string/0, fun() -> [0, 7, 127, 159, 160, $", $\\] end])] end},
     {write_string, 100, fun() -> [latin1_string(), pick([$', $"])] end},
     {write_latin1_string, 100, fun() -> [latin1_string()] end},
     {write_string_as_latin1, 100, fun() -> [ustring()] end},
     {write_char, 100, fun() -> [pick([$a, $\s, $\n, 0, 255, 16#1F600, $$])] end},
     {write_char_as_latin1, 50, fun() -> [pick([$a, $\s, 300, 16#1F600])] end},
     {write_latin1_char, 50, fun() -> [pick([$a, $\s, 200, 300])] end},
     {printable_list, ?N, fun() -> [oneof([fun lite_gen:ustring/0, fun lite_gen:latin1_string/0, fun lite_gen:term/0])] end},
     {printable_latin1_list, ?N, fun() -> [oneof([fun lite_gen:ustring/0, fun lite_gen:latin1_string/0, fun lite_gen:term/0])] end},
     {printable_unicode_list, ?N, fun() -> [oneof([fun lite_gen:ustring/0, fun lite_gen:latin1_string/0, fun lite_gen:term/0])] end},
     {char_list, ?N, fun() -> [oneof([fun lite_gen:ustring/0, fun lite_gen:term/0, fun() -> [16#D800] end])] end},
     {latin1_char_list, ?N, fun() -> [oneof([fun lite_gen:ustring/0, fun lite_gen:latin1_string/0, fun lite_gen:term/0])] end},
     {deep_char_list, ?N, fun() -> [oneof([fun lite_gen:chardata/0, fun lite_gen:term/0])] end},
     {deep_latin1_char_list, ?N, fun() -> [oneof([fun lite_gen:chardata/0, fun lite_gen:term/0])] end},
     {indentation, 100, fun() -> [[latin1_string(), [latin1_string()]], int(0, 9)] end},
     {chars_length, 100, fun() -> [chardata()] end},
     {quote_atom, 50, fun() -> A = pick(['a', 'A', 'a b', 'end', 'x1']), [A, atom_to_list(A)] end},
     {nl, [[]]}];
cases(io_lib_pretty) ->
    Rec = fun() -> f2(rec, fun record_fields/2) end,
    [{print, ?N, fun() -> [bigterm(4)] end},
     {print, ?N, fun() -> [bigterm(4), Rec()] end},
     {print, 100, fun() -> [bigterm(4), pick([-1, 2, 5]), Rec()] end},
     {print, ?N, fun() -> [bigterm(4), int(-2, 40), pick([0, 1, 10, 30, 60, 80, 132]), pick([-1, 2, 3, 5, 9])] end},
     {print, 100, fun() -> [bigterm(4), int(1, 40), pick([30, 80]), pick([-1, 4]), Rec()] end},
     {print, 100, fun() -> [bigterm(4), int(1, 40), pick([30, 80]), pick([-1, 4]), pick([-1, 20, 60]), Rec()] end},
     {print, 3 * ?N, fun() ->
                             Opts = [{column, int(-1, 50)}, {line_length, pick([0, 20, 40, 80, 100])},
                                     {depth, pick([-1, -1, 0, 1, 2, 4, 8])},
                                     {line_max_chars, pick([-1, -1, 10, 40])},
                                     {chars_limit, pick([-1, -1, 0, 1, 5, 20, 60, 150, 400])},
                                     {record_print_fun, Rec()},
                                     {encoding, pick([latin1, unicode, utf8])},
                                     {strings, pick([true, true, false])}, bad_option],
                             [bigterm(4), [O || O <- Opts, rand:uniform(4) > 1]]
                     end},
     {print, [[[1, 2, 3], a], ["abc", {column, 3}], [{a, b}, [{record_print_fun, x}]]]}];
cases(io) ->
    [{format, ?N, fun() -> {F, A} = fmt(), [F, A] end},
     {format, 100, fun() -> {F, _} = fmt(), [F] end},
     {format, 100, fun() -> {F, A} = fmt(), [pick([standard_io, no_such_device]), F, A] end},
     {fwrite, 100, fun() -> {F, A} = fmt(), [F, A] end},
     {put_chars, 100, fun() -> [oneof([fun lite_gen:chardata/0, fun lite_gen:term/0])] end},
     {put_chars, 50, fun() -> [standard_io, chardata()] end},
     {nl, [[], [standard_io], [no_such_device]]},
     {write, 50, fun() -> [term()] end},
     {get_line, [["prompt> "], [standard_io, ""], [no_such_device, ""]]},
     {get_chars, [["", 3], ["> ", 100]]},
     {columns, [[]]}, {rows, [[]]}, {getopts, [[]]}, {setopts, [[[binary]]]},
     {request, [[{put_chars, unicode, <<"x">>}], [{get_geometry, columns}]]},
     {requests, [[[{put_chars, unicode, <<"a">>}, {requests, [nl, {format, "~w", [b]}]}]]]},
     {printable_range, [[]]},
     {read, [["t> "], [standard_io, ""], [standard_io, "t> ", 1], [standard_io, "", {3, 2}],
             [standard_io, "", 1, [text]], [no_such_device, ""]]},
     {scan_erl_exprs, [["s> "], [standard_io, "", {1, 1}]]},
     {parse_erl_exprs, [["p> "], [standard_io, "", 5]]}];
cases(string) ->
    S1 = fun(F) -> {F, ?N, fun() -> [strarg()] end} end,
    [S1(length), S1(to_graphemes), S1(reverse), S1(is_empty), S1(trim), S1(chomp),
     S1(uppercase), S1(lowercase), S1(titlecase), S1(casefold), S1(next_grapheme),
     S1(next_codepoint), S1(to_integer), S1(to_float),
     {equal, ?N, fun() -> [strarg(), strarg()] end},
     {equal, ?N, fun() -> S = strarg(), [S, pick([S, string:uppercase(S), "x"]), pick([true, false])] end},
     {slice, ?N, fun() -> [strarg(), int(0, 5)] end},
     {slice, ?N, fun() -> [strarg(), int(0, 5), pick([0, 1, 2, 4, infinity])] end},
     {pad, ?N, fun() -> [strarg(), int(0, 12)] end},
     {pad, ?N, fun() -> [strarg(), int(0, 12), pick([leading, trailing, both]), pick([$-, $\s])] end},
     {trim, ?N, fun() -> [strarg(), pick([leading, trailing, both])] end},
     {trim, ?N, fun() -> [strarg(), pick([leading, trailing, both]), pick([" ", "ab", [[$\r, $\n]]])] end},
     {take, ?N, fun() -> [strarg(), pick([" ", "ab", "abcde"]), pick([true, false]), pick([leading, trailing])] end},
     {lexemes, ?N, fun() -> [strarg(), pick([" ", "ab", [$,, [$\r, $\n]]])] end},
     {nth_lexeme, ?N, fun() -> [strarg(), int(1, 3), pick([" ", "ab"])] end},
     {prefix, ?N, fun() -> [strarg(), pick(["", "a", "ab", " "])] end},
     {split, ?N, fun() -> [strarg(), pick(["a", "b", " ", "ab"]), pick([leading, trailing, all])] end},
     {replace, ?N, fun() -> [strarg(), pick(["a", "b", " ", "ab"]), pick(["X", ""]), pick([leading, trailing, all])] end},
     {find, ?N, fun() -> [strarg(), pick(["a", "b", " ", "ab", ""]), pick([leading, trailing])] end},
     {len, 50, fun() -> [string()] end},
     {concat, 50, fun() -> [string(), string()] end},
     {chr, ?N, fun() -> [string(), pick([$a, $b, $z])] end},
     {rchr, ?N, fun() -> [string(), pick([$a, $b, $z])] end},
     {str, ?N, fun() -> [string(), pick(["a", "ab", "", "zz"])] end},
     {rstr, ?N, fun() -> [string(), pick(["a", "ab", "", "zz"])] end},
     {span, ?N, fun() -> [string(), pick(["a", "ab", ""])] end},
     {cspan, ?N, fun() -> [string(), pick(["a", "ab", ""])] end},
     {substr, ?N, fun() -> [string(), count(0, 8)] end},
     {substr, ?N, fun() -> [string(), count(0, 8), count(-1, 8)] end},
     {sub_string, ?N, fun() -> [string(), count(1, 8), count(0, 8)] end},
     {tokens, ?N, fun() -> [oneof([fun lite_gen:string/0, fun() -> " a  b,c " end]), pick(["", " ", " ,", "a"])] end},
     {chars, 50, fun() -> [$x, count(-1, 5)] end},
     {copies, 50, fun() -> [string(), count(-1, 4)] end},
     {words, ?N, fun() -> [oneof([fun lite_gen:string/0, fun() -> "  ab cd  e" end])] end},
     {words, ?N, fun() -> [oneof([fun lite_gen:string/0, fun() -> "..a.b" end]), pick([$., $a])] end},
     {sub_word, ?N, fun() -> [oneof([fun lite_gen:string/0, fun() -> "  ab cd  e" end]), int(0, 4)] end},
     {strip, ?N, fun() -> [oneof([fun lite_gen:string/0, fun() -> "  a b  " end])] end},
     {strip, ?N, fun() -> [oneof([fun lite_gen:string/0, fun() -> "..a.b.." end]), pick([left, right, both]), pick([$., $a])] end},
     {left, ?N, fun() -> [string(), int(0, 8)] end},
     {right, ?N, fun() -> [string(), int(0, 8), $.] end},
     {centre, ?N, fun() -> [string(), int(0, 9)] end},
     {to_upper, ?N, fun() -> [oneof([fun lite_gen:latin1_string/0, fun() -> pick([$a, $é, $÷, $ÿ]) end])] end},
     {to_lower, ?N, fun() -> [oneof([fun lite_gen:latin1_string/0, fun() -> pick([$A, $É, $×, $Þ]) end])] end},
     {join, ?N, fun() -> [list(fun lite_gen:string/0, 4), pick([", ", ""])] end}];
cases(base64) ->
    [{encode, ?N, fun() -> [oneof([fun lite_gen:binary/0, fun() -> binary_to_list(crypto_free_bytes()) end, fun crypto_free_bytes/0])] end},
     {encode_to_string, 100, fun() -> [oneof([fun crypto_free_bytes/0, fun() -> binary_to_list(crypto_free_bytes()) end])] end},
     {decode, ?N, fun() -> [b64arg()] end},
     {decode_to_string, 100, fun() -> [b64arg()] end},
     {mime_decode, ?N, fun() -> [oneof([fun() -> base64:encode(crypto_free_bytes()) end,
                                        fun() -> <<(base64:encode(crypto_free_bytes()))/binary, "\r\n">> end,
                                        fun() -> binary_to_list(base64:encode(crypto_free_bytes())) ++ "%" end])] end},
     {mime_decode, [[<<"YW%Jj">>], ["YQ=="], [<<"Y Q = =">>]]},
     {mime_decode_to_string, 100, fun() -> [base64:encode(crypto_free_bytes())] end}];
cases(timer) ->
    [{seconds, [[1], [0]]}, {minutes, [[2]]}, {hours, [[3]]}, {hms, [[1, 2, 3]]},
     {now_diff, [[{1, 2, 3}, {0, 1, 2}], [{0, 0, 0}, {1, 0, 0}]]},
     {sleep, [[0], [5]]},
     {tc, [[fun() -> ok end], [fun lists:seq/2, [1, 3]], [lists, seq, [1, 3]]]},
     {cancel, [[x], [{once, x}]]},
     {apply_after, [[-1, m, f, []], [10, "m", f, []], [0, erlang, "f", []]]},
     {send_after, [[-1, x], [a, self, m]]},
     {apply_interval, [[x, m, f, []]]},
     {send_interval, [[-1, x]]}];
cases(binary) ->
    Subject = fun() -> maybe_bad(fun() -> pick([<<"abcabc">>, <<"a,b,,c,">>, <<>>, <<"aaaa">>,
                                                 <<"hello world">>, <<1, 2, 3>>]) end, 12) end,
    Pattern = fun() -> maybe_bad(fun() -> pick([<<"b">>, <<"bc">>, <<",">>, <<"a">>, <<"aa">>,
                                                 [<<"a">>, <<"c">>], [<<"b">>, <<"bca">>],
                                                 binary:compile_pattern(<<"c">>),
                                                 <<>>, []]) end, 12) end,
    Repl = fun() -> maybe_bad(fun() -> pick([<<"X">>, <<>>, <<"[]">>, <<"<->">>]) end, 12) end,
    ReplOpts = fun() -> maybe_bad(fun() -> list(fun() -> pick([global, {scope, {0, 3}}, {scope, {2, -2}},
                                                                 {scope, {1, 100}}, {insert_replaced, 1},
                                                                 {insert_replaced, [0, 2]},
                                                                 {insert_replaced, [2, 1, 1]},
                                                                 {insert_replaced, 9}, bad,
                                                                 {scope, 1}]) end, 3) end, 12) end,
    Pos = fun() -> pick([-1, 0, 1, 2, 3, 6, 7, a]) end,
    [{replace, ?N, fun() -> [Subject(), Pattern(), Repl()] end},
     {replace, ?N, fun() -> [Subject(), Pattern(), Repl(), ReplOpts()] end},
     {replace, [[<<"abcabc">>, <<"b">>, <<"[]">>, [global, {insert_replaced, 1}]],
                [<<"abcabc">>, [<<"a">>, <<"c">>], <<"<>">>, [global, {insert_replaced, [0, 1, 2]}]],
                [<<"abc">>, <<"b">>, x, []], [<<"abc">>, <<"b">>, <<"x">>, [global | x]]]},
     {bin_to_list, ?N, fun() -> [Subject()] end},
     {bin_to_list, ?N, fun() -> [Subject(), maybe_bad(fun() -> {Pos(), Pos()} end)] end},
     {bin_to_list, ?N, fun() -> [Subject(), Pos(), Pos()] end},
     {bin_to_list, [[<<1, 2, 3:3>>, 0, 2], [<<1, 2, 3:3>>, 1, -1], [<<"abc">>, 3, 0]]},
     {encode_hex, ?N, fun() -> [maybe_bad(fun lite_gen:binary/0)] end},
     {decode_hex, ?N, fun() -> [maybe_bad(fun() -> pick([<<"0aFf">>, <<"123">>, <<"zz">>, <<>>,
                                                          <<"DEADbeef">>, <<"0g">>]) end)] end}];
cases(unicode) ->
    Enc = fun() -> maybe_bad(fun() -> pick([latin1, unicode, utf8, utf16, {utf16, big},
                                            {utf16, little}, utf32, {utf32, big},
                                            {utf32, little}]) end, 15) end,
    Piece = fun() -> pick([<<"ab">>, <<"é"/utf8>>, <<0, 97>>, <<97, 0>>, <<0, 0, 0, 97>>,
                           <<97, 0, 0, 0>>, <<216, 0>>, <<216, 0, 220, 0>>, <<0, 0, 216>>,
                           <<226, 130>>, <<172>>, <<255>>, <<0>>, <<1, 2, 3>>, <<0, 0, 1, 0>>,
                           <<200, 128, 0>>, <<0, 17, 0, 0>>, <<255, 254, 0, 0>>,
                           $a, 233, 300, 16#10FFFF, 16#110000, 16#D800, -1, [], "xy"]) end,
    Data = fun() -> maybe_bad(fun() -> oneof([fun() -> Piece() end,
                                              fun() -> list(Piece, 4) end,
                                              fun() -> [list(Piece, 3) | Piece()] end,
                                              fun() -> [Piece(), [list(Piece, 2)], Piece()] end,
                                              fun lite_gen:chardata/0])
                                  end, 15) end,
    [{characters_to_binary, 3 * ?N, fun() -> [Data(), Enc(), Enc()] end},
     {characters_to_binary, ?N, fun() -> [Data()] end},
     {characters_to_list, ?N, fun() -> [Data()] end},
     {characters_to_binary_int, ?N, fun() -> [Data(), Enc()] end},
     {characters_to_list_int, ?N, fun() -> [Data(), Enc()] end},
     {characters_to_binary, [[<<0, 0, 0, 65, 0>>, utf32, latin1], [<<0, 0, 0, 65, 0, 0, 1>>, utf32, latin1],
                             [[<<0, 0, 0, 65>>, <<0>>], {utf32, big}, latin1],
                             [binary:copy(<<0, 97>>, 5000), utf16, utf8],
                             [[binary:copy(<<0, 97>>, 5000), <<216>>], utf16, utf32],
                             [[<<216>>, 1], utf16, utf8], [[<<0>> | <<97>>], utf16, utf8],
                             [a, utf16, utf8], [[a], utf16, utf8], ["abc", foo, utf8],
                             ["abc", utf16, foo], [<<"abc">>, latin1, latin1]]},
     {bom_to_encoding, [[<<239, 187, 191, 1>>], [<<0, 0, 254, 255>>], [<<255, 254, 0, 0>>],
                        [<<254, 255>>], [<<255, 254>>], [<<1>>], [a]]},
     {encoding_to_bom, [[unicode], [utf8], [utf16], [{utf16, big}], [{utf16, little}], [utf32],
                        [{utf32, big}], [{utf32, little}], [latin1], [foo]]}];
cases(inet) ->
    %% Address text built from the characters the parsers treat specially, pieces of real
    %% addresses, and random mixes of them.
    Piece = fun() -> pick(["0", "1", "00", "01", "7", "08", "255", "256", "0x", "0X1f", "0xff",
                           "0x100", "ffff", "FFFF", "12345", "abcd", "fe80", "ff02", "fe80::",
                           "::", ":", ".", "%", "%eth0", "%0", "%012", "%065536", "%0x",
                           "1.2.3.4", "192.168.0.1", "+1", "-0", "-1", "g", " ",
                           "4294967295", "4294967296", "16777215", "65535", "0377", "00000000001"])
            end,
    Text = fun() -> lists:append(list(Piece, 9)) end,
    Addr = fun() -> maybe_bad(fun() -> oneof([Text, Text, Text, fun() -> Piece() end]) end, 20) end,
    Fixed = [[""], ["::"], ["::1"], ["1::"], ["1:2:3:4:5:6:7:8"], ["1:2:3:4:5:6:7:8:9"],
             ["1:2:3:4:5:6:7::"], ["::2:3:4:5:6:7:8"], ["1::8"], ["1:2:3:4:5:6:1.2.3.4"],
             ["::1.2.3.4"], ["::ffff:10.0.0.1"], ["1::2::3"], ["fe80::1%eth0"], ["fe80::1%01"],
             ["fe80::1%"], ["ff02::%0"], ["fe80:0:0:0:0:0:0:1%03"], ["fe80:1::1%0"],
             ["2001:db8::1%05"], ["1.2.3.4"], ["1.2.3"], ["1.2"], ["1"], ["0x7f.1"],
             ["0177.0.0.1"], ["1.2.3.4.5"], ["1.2.3.4."], ["1..2"], ["01.2.3.4"], ["0.0.0.0"],
             ["255.255.255.255"], ["256.1.1.1"], ["0x.1.1.1"], ["0x0.1.1.1"], ["00.1.1.1"],
             [<<"1.2.3.4">>], [<<"::1">>], [a], [[$1 | $2]], ["1.2.3.4%x"], ["::1.2.3"]],
    Ips = [[{1, 2, 3, 4}], [{0, 0, 0, 256}], [{1, 2, 3}], [{0, 0, 0, 0, 0, 0, 0, 65535}],
           [{0, 0, 0, 0, 0, 0, 0, 65536}], [{-1, 0, 0, 0}], [{a, 1, 1, 1}], [x]],
    [{F, ?N, fun() -> [Addr()] end}
     || F <- [parse_address, parse_strict_address, parse_ipv4_address,
              parse_ipv4strict_address, parse_ipv6_address, parse_ipv6strict_address]] ++
        [{F, Fixed}
         || F <- [parse_address, parse_strict_address, parse_ipv4_address,
                  parse_ipv4strict_address, parse_ipv6_address, parse_ipv6strict_address]] ++
        [{F, Ips} || F <- [is_ipv4_address, is_ipv6_address, is_ip_address]] ++
        [{ipv4_mapped_ipv6_address, [[{1, 2, 3, 4}], [{0, 0, 0, 0, 0, 16#ffff, 258, 772}]]}];
cases(erl_scan) ->
    %% Source text made of pieces of every kind of token, valid and not.
    Text = fun() -> lists:append(list(fun scan_piece/0, 8)) end,
    Loc = fun() -> pick([1, 7, {1, 1}, {3, 9}]) end,
    Opts = fun() -> pick([[], [text], [return], [return_comments], [return_white_spaces],
                          [text, return]]) end,
    [{string, 1000, fun() -> [Text()] end},
     {string, 1000, fun() -> [Text(), Loc()] end},
     {string, 1000, fun() -> [Text(), Loc(), Opts()] end},
     {string, [[bad], ["a", 0], ["a", {1, 0}], ["a", 1, [{reserved_word_fun, x}]]]},
     {format_error, [[{string, $", "abc"}], [{string, $', "a\nb"}], [{illegal, float}],
                     [char], [{base, 99}], [{other, 1}]]},
     {reserved_word, [['case'], ['maybe'], [foo], ['xor']]},
     {category, [[{atom, 1, a}], [{'(', 1}], [x]]},
     {symbol, [[{atom, 1, a}], [{'(', 1}], [x]]}];
cases(erl_parse) ->
    %% Token lists from the real scanner: expressions built from pieces, then cut or mixed.
    Text = fun() -> lists:append(list(fun parse_piece/0, 7)) ++ pick([". ", ".", "", " ,1."]) end,
    Tokens = fun() ->
                     case erl_scan:string(Text(), pick([1, {1, 1}])) of
                         {ok, Ts, _} -> Ts;
                         _ -> []
                     end
             end,
    [{parse_term, 3000, fun() -> [Tokens()] end},
     {parse_exprs, 1000, fun() -> [Tokens()] end},
     {abstract, 300, fun() -> [term(3)] end},
     {abstract, 100, fun() -> [term(2), pick([5, {2, 3}, [{encoding, latin1}], [{line, 4}]])] end},
     {normalise, 300, fun() -> [erl_parse:abstract(term(3))] end},
     {format_error, [["bad term"], [["syntax error before: ", "'.'"]], [{x, 1}]]}];
cases(_) -> [].

scan_piece() ->
    pick(["a", "none", "default", "more", "eof", "Var", "_", " ", "\n", "\t", ".", ". ", "..", "...", "'q a'", "'\\''", "\"s\\n\"",
          "\"unterminated", "$a", "$\\n", "$\\^a", "$\\x{41}", "$", "16#ff", "2#102", "1_000", "1_",
          "1.5", "1.5e-3", "1.0e", "37#1", "%c\n", "%c", "<<", ">>", "=:=", "=/", "->", "<-", "=>",
          "::", ":=", "||", "?=", "#", "{", "}", "(", ")", "[", "]", ",", ";", "|", "+", "-", "*",
          "/", "=", "==", "<", "case", "end", "fun", "when", "\x{e9}", "\x{c4}", "\x{100}",
          "\x{a0}", "\r\n", [16#D800]]).

parse_piece() ->
    pick(["a", "none", "default", "X", "1", "2.5", "$c", "\"s\"", "'q'", "[", "]", "{", "}", "(", ")", "<<", ">>",
          "#", "#{", "#r", ".", ",", ";", ":", "|", "||", "=", "==", "<", "+", "-", "*", "++", "!",
          "->", "<-", "<=", "=>", ":=", "/", " catch ", " case ", " of ", " end ", " fun ", " if ",
          " when ", " receive ", " after ", " try ", " begin ", " not ", " andalso ", "\n",
          "f(", "m:f", "[1,2]", "{a,b}", "<<1:8>>", "#{a => 1}", "fun m:f/1", "-1", "X =",
          " -> ok; ", "<<X>> <= B", " || X <- L"]).

strarg() -> oneof([fun lite_gen:ustring/0, fun lite_gen:latin1_string/0, fun lite_gen:binary/0,
                   fun() -> pick(["  ab  cd ", " a\r\nb\n", "e\x{301}x", <<"  bin  ">>, "12ab", "-1.5e3x",
                                  "+7", "abab", "ABCÉß", <<"ab\r\n">>]) end]).
crypto_free_bytes() -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, int(0, 20))]).
b64arg() -> oneof([fun() -> base64:encode(crypto_free_bytes()) end,
                   fun() -> binary_to_list(base64:encode(crypto_free_bytes())) end,
                   fun() -> <<(base64:encode(crypto_free_bytes()))/binary, " \n">> end,
                   fun() -> pick([<<"YQ==">>, "YWI=", <<"YWJj">>, "", <<"YQ==\n">>]) end]).
%% Malformed input to decode raises a different error than OTP's (see README).

%% Terms that need several lines: nested lists, tuples tagged or not, maps, records (see
%% record_fields/2), strings and binaries (text and bytes), improper lists, funs, pids.
bigterm(0) ->
    oneof([fun lite_gen:int/0, fun lite_gen:atom/0, fun lite_gen:ustring/0, fun lite_gen:latin1_string/0,
           fun lite_gen:binary/0,
           fun() -> pick([[], {}, #{}, <<>>, 1.5, 'a_rather_long_atom_to_wrap_on', fun lists:map/2,
                          self(), <<5:3>>, <<1, 2, 255, 7:4>>, 1 bsl 80]) end]);
bigterm(D) ->
    Sub = fun() -> bigterm(D - 1) end,
    oneof([fun() -> bigterm(0) end, fun() -> bigterm(0) end,
           fun() -> list(Sub, 10) end,
           fun() -> lists:seq(1, int(1, 40)) end,
           fun() -> list_to_tuple(list(Sub, 5)) end,
           fun() -> list_to_tuple([pick([ok, error, tag, a_long_tag_for_tuples, person, point, empty]) | list(Sub, 5)]) end,
           fun() -> maps:from_list([{bigterm(max(0, D - 2)), Sub()} || _ <- lists:seq(1, int(1, 5))]) end,
           fun() -> list(Sub, 3) ++ bigterm(0) end,
           fun() -> list_to_binary([int(0, 255) || _ <- lists:seq(1, int(1, 50))]) end,
           fun() -> unicode:characters_to_binary(lists:append(list(fun lite_gen:ustring/0, 6))) end,
           fun() -> lists:append(list(fun lite_gen:latin1_string/0, 8)) end]).

%% The record definitions of the print tests: field names, or no.
record_fields(person, 3) -> [name, age, address];
record_fields(point, 2) -> [x, y];
record_fields(empty, 0) -> [];
record_fields(a_long_tag_for_tuples, 2) -> [first_field, 'second Field'];
record_fields(_, _) -> no.

%% Small terms for the format strings of fmt/0.
shortterm() ->
    oneof([fun() -> term(2) end, fun lite_gen:string/0, fun lite_gen:binary/0,
           fun() -> {a, "str", <<"b">>} end]).

%% A format string with matching arguments (now and then mismatched ones).
fmt() -> fmt_any().

fmt_any() ->
    Parts = list_of_fmt(int(1, 3)),
    F = lists:append([P || {P, _} <- Parts]),
    A = lists:append([As || {_, As} <- Parts]),
    case rand:uniform(15) of
        1 -> {F, A ++ [extra]};
        2 -> {F, tl_or_empty(A)};
        3 -> {list_to_binary(F), A};
        _ -> {F, A}
    end.
tl_or_empty([_ | T]) -> T;
tl_or_empty([]) -> [x].
list_of_fmt(N) -> [one_fmt() || _ <- lists:seq(1, N)].
one_fmt() ->
    W = pick(["", "", "5", "-5", "12", "1", "0"]),
    P = pick(["", "", ".3", ".1", ".0", ".2.-", ".*"]),
    Pre = pick(["", "x=", " | "]),
    {C, Args} = pick([{"w", [term(2)]}, {"p", [shortterm()]}, {"s", [pick(["abc", <<"de">>, abc, ["a", [$b]]])]},
                      {"ts", [pick(["abc", [16#4e2d, $x], <<"ü"/utf8>>])]},
                      {"e", [float_arg()]}, {"f", [float_arg()]}, {"g", [float_arg()]},
                      {"b", [int()]}, {"B", [int()]}, {"x", [int(), pick(["0x", '#', "$"])]},
                      {"X", [int(), "0X"]}, {"#", [int()]}, {"+", [int()]}, {"c", [pick([$a, $Z, 255])]},
                      {"i", [x]}, {"n", []}, {"~", []}, {"W", [term(3), int(0, 3)]}, {"P", [shortterm(), int(1, 4)]},
                      {"w", [pick([1.0, 0.1, 1.0e-10, 12345678.9, -3.5e20])]},
                      {"s", [pick([1, {x}, [300]])]}, {"e", [pick([1, a])]}]),
    Star = case lists:member($*, P) of true -> [int(0, 6)]; false -> [] end,
    Modifier = pick(["", "", "", "t", "l"]),
    %% ~p output that does not fit on one line is laid out differently (no line breaking).
    {W1, P1} = case lists:member(hd(C), "pP") of
                   true -> {"", ""};
                   false -> {W, P}
               end,
    Star1 = case lists:member($*, P1) of true -> Star; false -> [] end,
    {Pre ++ "~" ++ W1 ++ P1 ++ Modifier ++ C, Star1 ++ Args}.
float_arg() -> pick([0.0, -0.0, 1.0, 0.5, 1.5, 2.5, -1.25, 3.14159, 9.9999999, 0.05, 123456.789,
                     1.0e-5, 1.0e10, 1.0e300, -2.0e-300, 5.0e-324, 0.1, 99.95, 1.0e15, 7.0e22]).

gkey() -> oneof([fun() -> int(0, 120) end, fun() -> pick([a, b, 1.0, 2.0, "k", {t}]) end]).
%% Trees grown and shrunk by the real module, so they have the shapes insertions and
%% deletions leave (including rebalanced ones).
goodtree() ->
    Ops = list(fun() -> pick([ins, ins, ins, ins, del]) end, int(0, 150)),
    lists:foldl(fun(ins, T) -> gb_trees:enter(gkey(), small(), T);
                   (del, T) -> gb_trees:delete_any(gkey(), T)
                end, pick([gb_trees:empty(), gb_trees:from_orddict([{K, K} || K <- lists:seq(1, int(0, 50))])]), Ops).
anytree() -> maybe_bad(fun goodtree/0).
goodgbs() ->
    Ops = list(fun() -> pick([ins, ins, ins, ins, del]) end, int(0, 150)),
    lists:foldl(fun(ins, S) -> gb_sets:add(gkey(), S);
                   (del, S) -> gb_sets:delete_any(gkey(), S)
                end, pick([gb_sets:empty(), gb_sets:from_list(lists:seq(1, int(0, 50)))]), Ops).
anygbs() -> maybe_bad(fun goodgbs/0).
iter_steps(_M, I, 0) -> I;
iter_steps(M, I, N) ->
    case M:next(I) of
        none -> I;
        Step -> iter_steps(M, element(tuple_size(Step), Step), N - 1)
    end.

okey() -> pick([a, b, c, 1, 2, 1.0, 2.0, "k", {t}, 0]).
anyod() -> anyod(fun lite_gen:small/0).
anyod(G) -> maybe_bad(fun() -> orddict:from_list([{okey(), G()} || _ <- list(fun lite_gen:small/0, 8)]) end).
anyos() -> maybe_bad(fun() -> ordsets:from_list(list(fun okey/0, 8)) end).
%% Queues made by different operation sequences (so the two lists vary in balance),
%% and now and then malformed ones.
anyq() ->
    oneof([fun() -> term() end,
           fun() -> {list(fun lite_gen:small/0), list(fun lite_gen:small/0)} end,
           fun() -> {pick([[], [1], a]), pick([[], [2], b])} end,
           fun() ->
                   Ops = list(fun() -> pick([in, in, in_r, out, out_r, drop, in]) end, 20),
                   lists:foldl(fun(in, Q) -> queue:in(small(), Q);
                                  (in_r, Q) -> queue:in_r(small(), Q);
                                  (out, Q) -> element(2, queue:out(Q));
                                  (out_r, Q) -> element(2, queue:out_r(Q));
                                  (drop, Q) -> case queue:is_empty(Q) of
                                                   true -> Q;
                                                   false -> queue:drop(Q)
                                               end
                               end, queue:from_list(list(fun lite_gen:small/0, 6)), Ops)
           end]).

pkey() -> pick([a, b, c, 1, "s", {t}]).
prop() -> pick([a, b, c, {a, 1}, {b, [x]}, {c, true}, {a, false}, {b}, {c, 1, 2}, {1, v}, "s", 7, {}, {a, [1, 2]}]).
plist() -> list(fun prop/0, 8).
stages() -> maybe_bad(fun() -> list(fun() -> pick([{aliases, [{a, b}, {c, d}]},
                                                   {negations, [{b, nb}, {a, na}]},
                                                   {expand, [{a, [x, {y, 1}]}, {{b, [x]}, [bx]}]}]) end, 3) end).
dkey() -> oneof([fun() -> int(0, 300) end, fun() -> pick([a, b, c, 1.0, "k", {t}, <<"b">>]) end]).
%% Dictionaries near their grow and shrink thresholds, built by the real dict.
anydict() -> anydict(fun lite_gen:small/0).
anydict(G) ->
    maybe_bad(fun() ->
                      D0 = dict:from_list([{dkey(), G()} || _ <- lists:seq(1, int(0, 250))]),
                      Keys = dict:fetch_keys(D0),
                      lists:foldl(fun dict:erase/2, D0,
                                  lists:sublist(Keys, int(0, length(Keys))))
              end).
anyset() -> maybe_bad(fun goodset/0).
goodset() ->
    (fun() ->
                      Opts = pick([[], [{version, 2}]]),
                      S0 = sets:from_list(list(fun dkey/0, 250), Opts),
                      Es = sets:to_list(S0),
                      lists:foldl(fun sets:del_element/2, S0, lists:sublist(Es, int(0, length(Es))))
              end)().

mkey() -> pick([a, b, c, 1, 2, 1.0, "k", {t}, x, y, 17, 40, 63, zz]).
%% Small (flat) and large (hashed, more than 32 keys) maps.
bigmap() -> maps:from_list([{K, K * 2} || K <- lists:seq(1, int(33, 80))] ++
                               [{a, 1}, {{t}, 2}, {"k", 3}, {1.0, 4}]).
anymap() -> maybe_bad(fun() -> oneof([fun() -> map(fun lite_gen:small/0) end, fun() -> map(fun lite_gen:small/0) end,
                                      fun bigmap/0]) end).
%% A map, an iterator at some point of one, or something bad.
anyiter() ->
    M = oneof([fun() -> map(fun lite_gen:small/0) end, fun bigmap/0]),
    case rand:uniform(6) of
        1 -> term();
        2 -> iter_at(maps:iterator(M), int(0, 5));
        3 -> maps:iterator(M);
        _ -> M
    end.
iter_at(I, 0) -> I;
iter_at(I, N) ->
    case maps:next(I) of
        {_, _, I2} -> iter_at(I2, N - 1);
        none -> none
    end.
pred2() -> pick([f2(p2, fun(K, V) -> is_atom(K) orelse V > 2 end),
                 f2(p2bad, fun(_, V) -> V end)]).
comb() -> pick([f3(cb, fun(K, V1, V2) -> {K, V1, V2} end)]).

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
