-module(lists_strings_iolists).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% iolists and chardata: nesting of lists, binaries and integers in every position, their
%% sizes and flattenings, and which shapes the BIFs reject.

start() ->
    Io = [["ab", <<"cd">>], [[[$e]]], <<>>, [], $f | <<"gh">>],
    Good = [iolist_size(Io), iolist_to_binary(Io), erlang:iolist_to_iovec(Io), list_to_binary(Io),
            iolist_to_binary([<<1:8>>, [[], [[], [<<2>>]]]]), iolist_size(<<"only">>), iolist_size([]),
            iolist_to_binary([255, [0, <<128>>]])],
    Bad = [?T(iolist_size(id([256]))), ?T(iolist_size(id([a]))), ?T(iolist_size(id([1 | b]))),
           ?T(iolist_to_binary(id([<<1:4>>]))), ?T(iolist_to_binary(id([-1]))), ?T(iolist_to_binary(id([[1 | 2]]))),
           ?T(iolist_to_binary(id(42))), ?T(list_to_binary(id([[<<1>> | 3]])))],
    Big = iolist_size(build(12)),
    BigBin = byte_size(iolist_to_binary(build(10))),
    Strings = [lists:flatten(io_lib_free_concat(["a", ["b", ["c"]], "d"])), string_reverse("hello")],
    {Good, Bad, Big, BigBin, Strings}.

build(0) -> [<<"x">>, $y];
build(N) -> [build(N - 1), build(N - 1)].

io_lib_free_concat(L) -> lists:foldr(fun(X, Acc) -> [X | Acc] end, [], L).

string_reverse(S) -> lists:reverse(S).

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
