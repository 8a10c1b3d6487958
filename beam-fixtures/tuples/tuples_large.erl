-module(tuples_large).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Large tuples (beyond 255 elements, which changes their external encoding and some
%% instruction forms): element access at the edges, updates, conversions, comparison.

start() ->
    T300 = list_to_tuple(lists:seq(1, 300)),
    T70000 = erlang:make_tuple(70000, x, [{1, first}, {70000, last}, {35000, mid}]),
    Access = [element(1, T300), element(256, T300), element(300, T300), ?T(element(301, T300)),
              element(70000, T70000), element(35000, T70000), tuple_size(T70000)],
    Updated = setelement(256, T300, changed),
    Diff = [I || I <- lists:seq(1, 300), element(I, Updated) =/= element(I, T300)],
    Cmp = [T300 < Updated, T300 < T70000, list_to_tuple(lists:seq(1, 299)) < T300, T300 == list_to_tuple(lists:seq(1, 300))],
    Ext = [byte_size(term_to_binary(T300)), binary:part(term_to_binary(T300), 0, 8),
           binary_to_term(term_to_binary(T300)) =:= T300, byte_size(term_to_binary(list_to_tuple(lists:seq(1, 255))))],
    Sum = lists:sum(tuple_to_list(T300)),
    Appended = tuple_size(erlang:append_element(T300, extra)),
    {Access, Diff, Cmp, Ext, Sum, Appended, element(300, erlang:insert_element(1, T300, new))}.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
