-module(bifs_misc_tuple_list_bifs).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Assorted BIFs on lists and tuples not covered elsewhere: erlang:length on long lists,
%% erlang:make_tuple/3 with many initial values, erlang:delete_element at every position,
%% lists:keysort-free key operations via tuple BIFs, and erlang:append/2 vs ++.

start() ->
    T = list_to_tuple(lists:seq(1, 10)),
    Deletes = [erlang:delete_element(I, T) || I <- [1, 5, 10]],
    Inserts = [erlang:insert_element(I, {a, b}, x) || I <- [1, 2, 3]],
    Make = erlang:make_tuple(8, '_', [{I, I * I} || I <- [8, 1, 4, 4]]),
    Lens = [length(lists:seq(1, N)) || N <- [0, 1, 1000, 65536]],
    Append = [erlang:append([1, 2], [3]), erlang:'++'([a], [b]), erlang:'--'([a, b, a], [a]), ?T(erlang:append(id(a), [b]))],
    Sizes = [erlang:size({}), erlang:size(<<"abc">>), erlang:tuple_size(T), ?T(erlang:size(id([1])))],
    Splits = [erlang:split_binary(<<"hello">>, N) || N <- [0, 2, 5]],
    {Deletes, Inserts, Make, Lens, Append, Sizes, Splits}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
