-module(binaries_bifs).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Binary BIFs: sizes, binary_part/split_binary bounds (including negative lengths),
%% list and iolist conversions, bitstrings of odd sizes, and badarg on every misuse.

start() ->
    B = id(<<"0123456789">>),
    Bits = id(<<1:1, 0:2, 5:3>>),
    Sizes = [{byte_size(X), bit_size(X), size(X)} || X <- [<<>>, B, Bits, <<1:9>>, <<0:64>>, <<1:7>>]],
    Part = [?T(binary_part(B, P, L)) || {P, L} <- [{0, 0}, {0, 10}, {3, 4}, {10, 0}, {10, -3}, {5, -5},
                                                   {5, -6}, {9, 2}, {11, 0}, {-1, 1}, {0, 11}]],
    Part2 = [?T(binary_part(B, {P, L})) || {P, L} <- [{2, 3}, {10, -10}, {4, 7}]],
    Split = [?T(split_binary(B, N)) || N <- [0, 1, 5, 10, 11, -1]],
    ToList = [binary_to_list(B), binary_to_list(<<>>), ?T(binary_to_list(B, 3, 5)), ?T(binary_to_list(B, 5, 3)),
              ?T(binary_to_list(B, 0, 2)), ?T(binary_to_list(B, 1, 11)), ?T(binary_to_list(Bits)),
              bitstring_to_list(Bits), bitstring_to_list(<<1, 2, 3:4>>), bitstring_to_list(<<>>)],
    FromList = [list_to_binary([1, 2, 3]), list_to_binary([[1, [2]], <<3>>, [], [[[4]]]]),
                ?T(list_to_binary(id([256]))), ?T(list_to_binary(id([-1]))), ?T(list_to_binary(id([a]))),
                ?T(list_to_binary(id(<<1>>))), ?T(list_to_binary(id([1 | 2]))), list_to_binary([1 | <<2>>]),
                ?T(list_to_binary(id([<<1:1>>]))), list_to_bitstring([<<1:1>>, [<<1:7>>], <<3:2>>]),
                ?T(list_to_bitstring([1.0])), list_to_bitstring([])],
    IoList = [iolist_size([1, <<2, 3>>, [[4]]]), iolist_to_binary([<<"ab">>, "cd", [$e | <<"f">>]]),
              ?T(iolist_size([<<1:1>>])), ?T(iolist_to_binary([<<1:1>>])), iolist_to_binary(<<"x">>),
              ?T(iolist_to_binary(id(a))), erlang:iolist_to_iovec([<<"a">>, "bc", [<<"d">>]]),
              ?T(iolist_size(id([1 | a])))],
    Copies = [binary:copy(<<"ab">>, 3), binary:copy(<<>>, 5), binary:copy(<<"x">>, 0)],
    TermConv = [binary_to_list(term_to_binary(abc)), ?T(binary_to_term(id(<<131>>)))],
    {Sizes, Part, Part2, Split, ToList, FromList, IoList, Copies, TermConv}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
