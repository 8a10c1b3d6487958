-module(programs_huffman).
-export([start/0]).

%% Huffman coding: frequency table, tree built with a sorted list as priority queue, code
%% table, encoding to a bitstring and decoding back.

start() ->
    Text = <<"this is an example of a huffman tree built from a short text, with enough repetition">>,
    Freq = lists:keysort(2, maps:to_list(lists:foldl(fun(C, M) -> maps:update_with(C, fun(N) -> N + 1 end, 1, M) end,
                                                     #{}, binary_to_list(Text)))),
    Tree = build([{N, {leaf, C}} || {C, N} <- Freq]),
    Codes = lists:sort(codes(Tree, <<>>)),
    Table = maps:from_list(Codes),
    Encoded = << <<(maps:get(C, Table))/bits>> || <<C>> <= Text >>,
    Decoded = decode(Encoded, Tree, Tree, <<>>),
    {Freq, [{C, B} || {C, B} <- Codes], bit_size(Encoded), Encoded, Decoded =:= Text}.

build([{_, T}]) -> T;
build(Nodes) ->
    [{N1, T1}, {N2, T2} | Rest] = lists:sort(fun({A, X}, {B, Y}) -> {A, X} =< {B, Y} end, Nodes),
    build([{N1 + N2, {node, T1, T2}} | Rest]).

codes({leaf, C}, Prefix) -> [{C, Prefix}];
codes({node, L, R}, Prefix) -> codes(L, <<Prefix/bits, 0:1>>) ++ codes(R, <<Prefix/bits, 1:1>>).

decode(<<>>, _, _, Acc) -> Acc;
decode(Bits, {leaf, C}, Root, Acc) -> decode(Bits, Root, Root, <<Acc/binary, C>>);
decode(<<0:1, Rest/bits>>, {node, L, _}, Root, Acc) -> finish(Rest, L, Root, Acc);
decode(<<1:1, Rest/bits>>, {node, _, R}, Root, Acc) -> finish(Rest, R, Root, Acc).

finish(<<>>, {leaf, C}, _, Acc) -> <<Acc/binary, C>>;
finish(Bits, Node, Root, Acc) -> decode(Bits, Node, Root, Acc).
