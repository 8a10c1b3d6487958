-module(strings_case_search).
-export([start/0]).

%% Hand-written string algorithms on code-point lists: case folding of ASCII and Latin-1,
%% substring search (naive and KMP), edit distance, longest common subsequence, and
%% word frequency counting.

start() ->
    Fold = [fold(S) || S <- ["Hello World", "ÀÉÎÕÜ", "straße", "MiXeD123"]],
    Search = [{naive(P, T), kmp(P, T)} || {P, T} <- [{"abc", "xxabcxxabc"}, {"aab", "aaab"}, {"z", "abc"}, {"", "abc"},
                                                   {"abab", "abababab"}]],
    Edit = [edit(A, B) || {A, B} <- [{"kitten", "sitting"}, {"", "abc"}, {"flaw", "lawn"}, {"same", "same"},
                                     {"intention", "execution"}]],
    Lcs = [lcs(A, B) || {A, B} <- [{"ABCBDAB", "BDCABA"}, {"erlang", "elixir"}, {"", "x"}]],
    Freq = freq("the quick brown fox jumps over the lazy dog the end"),
    {Fold, Search, Edit, Lcs, Freq}.

fold(S) -> [lower(C) || C <- S].

lower(C) when C >= $A, C =< $Z -> C + 32;
lower(C) when C >= 16#C0, C =< 16#DE, C =/= 16#D7 -> C + 32;
lower(C) -> C.

naive(P, T) -> naive(P, T, 0, []).
naive(_, [], _, Acc) -> lists:reverse(Acc);
naive(P, T, I, Acc) -> naive(P, tl(T), I + 1, case lists:prefix(P, T) of true -> [I | Acc]; false -> Acc end).

kmp([], T) -> lists:seq(0, length(T) - 1);
kmp(P, T) ->
    Pt = list_to_tuple(P),
    Fail = failure(Pt),
    kmp_scan(T, Pt, Fail, 0, 0, []).

failure(Pt) ->
    N = tuple_size(Pt),
    failure(Pt, N, 1, 0, #{0 => 0}).
failure(_, N, I, _, F) when I >= N -> F;
failure(Pt, N, I, K, F) ->
    case element(I + 1, Pt) =:= element(K + 1, Pt) of
        true -> failure(Pt, N, I + 1, K + 1, F#{I => K + 1});
        false when K > 0 -> failure(Pt, N, I, maps:get(K - 1, F), F);
        false -> failure(Pt, N, I + 1, 0, F#{I => 0})
    end.

kmp_scan([], _, _, _, _, Acc) -> lists:reverse(Acc);
kmp_scan([C | T], Pt, F, I, K, Acc) ->
    case C =:= element(K + 1, Pt) of
        true when K + 1 =:= tuple_size(Pt) -> kmp_scan(T, Pt, F, I + 1, maps:get(K, F), [I - K | Acc]);
        true -> kmp_scan(T, Pt, F, I + 1, K + 1, Acc);
        false when K > 0 -> kmp_scan([C | T], Pt, F, I, maps:get(K - 1, F), Acc);
        false -> kmp_scan(T, Pt, F, I + 1, 0, Acc)
    end.

edit(A, B) ->
    Row0 = lists:seq(0, length(B)),
    lists:last(lists:foldl(fun({I, Ca}, Prev) -> edit_row(Ca, B, Prev, [I]) end, Row0, lists:zip(lists:seq(1, length(A)), A))).

edit_row(_, [], _, Acc) -> lists:reverse(Acc);
edit_row(Ca, [Cb | Bs], [Diag, Up | Prev], [Left | _] = Acc) ->
    Cost = if Ca =:= Cb -> 0; true -> 1 end,
    edit_row(Ca, Bs, [Up | Prev], [min(min(Up + 1, Left + 1), Diag + Cost) | Acc]).

lcs([], _) -> [];
lcs(_, []) -> [];
lcs([C | A], [C | B]) -> [C | lcs(A, B)];
lcs([_ | A2] = A, [_ | B2] = B) ->
    L1 = lcs(A2, B), L2 = lcs(A, B2),
    if length(L1) >= length(L2) -> L1; true -> L2 end.

freq(S) ->
    Words = string_tokens(S),
    lists:sort(fun({W1, N1}, {W2, N2}) -> {-N1, W1} =< {-N2, W2} end,
               maps:to_list(lists:foldl(fun(W, M) -> maps:update_with(W, fun(N) -> N + 1 end, 1, M) end, #{}, Words))).

string_tokens(S) -> [W || W <- split(S, [], []), W =/= []].
split([], W, Acc) -> lists:reverse([lists:reverse(W) | Acc]);
split([$\s | T], W, Acc) -> split(T, [], [lists:reverse(W) | Acc]);
split([C | T], W, Acc) -> split(T, [C | W], Acc).
