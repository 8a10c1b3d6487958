-module(ets_ordered).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% ordered_set: term order across types, keys equal by == (1 and 1.0), next/prev from keys not
%% in the table, first/last, slot, exact matching in match specs, select and select_reverse order.

start() ->
    O = ets:new(o, [ordered_set]),
    Keys = [3, 1, 2.5, -7, atom, "str", <<"bin">>, {t, 1}, [l], #{m => 1}, {t, 0}, 1 bsl 70, zeta, alpha],
    ets:insert(O, [{K, v} || K <- Keys]),
    Order = [K || {K, _} <- ets:tab2list(O)],
    Walk = walk(O),
    Back = back(O),
    FL = [ets:first(O), ets:last(O)],
    Eq = [ets:insert(O, {1.0, float}), ets:lookup(O, 1), ets:lookup(O, 1.0), ets:member(O, 1),
          ets:info(O, size), ets:insert(O, {1, int}), ets:lookup(O, 1.0)],
    NP = [ets:next(O, 0), ets:next(O, 2), ets:prev(O, 2), ets:next(O, {t}), ets:prev(O, -100),
          ets:next(O, <<"zzz">>), ets:next(O, 2.5), ets:prev(O, 1)],
    Slot = [ets:slot(O, 0), ets:slot(O, 5), ets:slot(O, ets:info(O, size)), ?T(ets:slot(O, 100)), ?T(ets:slot(O, -1))],
    Exact = [ets:match_object(O, {1, '_'}), ets:match_object(O, {1.0, '_'}), ets:select(O, [{{2.5, '$1'}, [], ['$1']}])],
    Sel = [ets:select(O, [{{'$1', '_'}, [{is_integer, '$1'}], ['$1']}]),
           ets:select_reverse(O, [{{'$1', '_'}, [{is_integer, '$1'}], ['$1']}]),
           ets:select_reverse(O, [{{'$1', '_'}, [{is_atom, '$1'}], ['$_']}])],
    DelO = [ets:delete_object(O, {1, float}), ets:lookup(O, 1), ets:delete_object(O, {1.0, int}),
            ets:lookup(O, 1), ets:delete(O, 2.5), ets:take(O, atom), ets:take(O, atom), ets:info(O, size)],
    K2 = ets:new(o2, [ordered_set, {keypos, 2}]),
    ets:insert(K2, [{x, 3, a}, {y, 1, b}, {z, 2, c}, {w, 1.0, d}]),
    KeyPos2 = [ets:tab2list(K2), ets:lookup(K2, 1), ets:first(K2), ets:last(K2), ?T(ets:insert(K2, {only}))],
    Big = ets:new(big, [ordered_set]),
    ets:insert(Big, [{(K * 7919) rem 1000} || K <- lists:seq(1, 1000)]),
    BigChk = [ets:info(Big, size), ets:first(Big), ets:last(Big), ets:next(Big, 500), ets:prev(Big, 500),
              length(ets:select(Big, [{{'$1'}, [{'<', '$1', 100}], ['$1']}])),
              lists:sublist(ets:select_reverse(Big, [{{'$1'}, [], ['$1']}]), 5)],
    {Order, Walk, Back, FL, Eq, NP, Slot, Exact, Sel, DelO, KeyPos2, BigChk}.

walk(T) -> walk(T, ets:first(T), []).
walk(_, '$end_of_table', Acc) -> lists:reverse(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).

back(T) -> back(T, ets:last(T), []).
back(_, '$end_of_table', Acc) -> lists:reverse(Acc);
back(T, K, Acc) -> back(T, ets:prev(T, K), [K | Acc]).

catching(F) ->
    try F() catch C:R:S -> {C, R, info(S)} end.
info([{_, _, _, [{error_info, I} | _]} | _]) -> I;
info(_) -> none.
