-module(lists_improper_bifs).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% How each list BIF and operator treats improper lists and non-lists: which raise badarg,
%% which accept an improper tail (++ only checks its left side), and which never look.

start() ->
    Imp = id([1, 2 | 3]),
    R = [?T(length(Imp)), ?T(Imp ++ [4]), ?T([0] ++ Imp), ?T(Imp -- [1]), ?T([1, 2] -- Imp), ?T(lists:reverse(Imp)),
         ?T(lists:member(3, Imp)), ?T(lists:member(1, Imp)), ?T(lists:keyfind(x, 1, [{x} | y])), ?T(list_to_tuple(Imp)),
         ?T(list_to_binary(Imp)), ?T(iolist_size([<<1>> | <<2>>])), ?T(hd(Imp)), ?T(tl(tl(Imp))), ?T(erlang:length(id(3))),
         ?T(lists:reverse([1, 2], Imp)), ?T(atom_to_list(a) ++ b), ?T(lists:append([[1], [2 | 3]])),
         ?T(lists:flatten([1, [2 | 3]])), ?T(lists:sum(Imp)), ?T(lists:nth(2, Imp)), ?T(lists:last(Imp))],
    R.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
