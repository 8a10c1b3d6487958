-module(tuples_bifs).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Tuple BIFs and their exact failures: element/setelement bounds, make_tuple with initial
%% values, append/insert/delete_element, tuple_to_list/list_to_tuple and tuple_size/size.

start() ->
    T = id({a, b, c, d}),
    Element = [?T(element(I, T)) || I <- [0, 1, 2, 4, 5, -1, 1 bsl 64, a]],
    SetElement = [?T(setelement(I, T, x)) || I <- [0, 1, 3, 4, 5, 1.0]],
    Make = [?T(erlang:make_tuple(N, z)) || N <- [0, 1, 3, -1]] ++
           [?T(erlang:make_tuple(5, 0, [{1, a}, {5, e}, {3, c}, {3, cc}])), ?T(erlang:make_tuple(2, 0, [{3, x}])),
            ?T(erlang:make_tuple(2, 0, [{0, x}])), ?T(erlang:make_tuple(2, 0, [bad]))],
    Append = [erlang:append_element({}, a), erlang:append_element(T, e), ?T(erlang:append_element(id([]), a))],
    Insert = [?T(erlang:insert_element(I, T, new)) || I <- [0, 1, 3, 5, 6]],
    Delete = [?T(erlang:delete_element(I, T)) || I <- [0, 1, 4, 5]],
    Conv = [tuple_to_list({}), tuple_to_list(T), list_to_tuple([]), list_to_tuple([1, [2], {3}]),
            ?T(list_to_tuple(id([a | b]))), ?T(tuple_to_list(id([a])))],
    Sizes = [tuple_size({}), tuple_size(T), size(T), size(<<1, 2, 3>>), ?T(tuple_size(id([]))), ?T(size(id(a)))],
    Large = large(),
    Nested = setelement(2, {1, {2, {3}}, 4}, element(2, element(2, {1, {2, {3}}, 4}))),
    {Element, SetElement, Make, Append, Insert, Delete, Conv, Sizes, Large, Nested}.

%% Build a 1000-element tuple and update it many times.
large() ->
    T0 = erlang:make_tuple(1000, 0),
    T1 = lists:foldl(fun(I, Acc) -> setelement(I, Acc, I * I) end, T0, lists:seq(1, 1000, 7)),
    {tuple_size(T1), element(1, T1), element(995, T1), element(1000, T1),
     lists:sum(tuple_to_list(T1)), element(8, T1)}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
