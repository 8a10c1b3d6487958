%% ~p's layout of many term shapes on the 80-column standard output: deep nesting, long
%% atoms and tags (the three indentations of tagged tuples), maps with nested keys and values,
%% byte binaries broken between bytes, bitstrings, strings and binaries as text (~p against
%% ~tp and ~lp), improper lists, funs; ~p after text on the line (the column counts, also
%% after a tab and after an earlier ~p that broke lines), ~Np line lengths, ~.Np start
%% columns, ~P depths.
%% RUN: alone
-module(io_format_pretty).
-export([start/0]).

start() ->
    Deep = lists:foldl(fun(I, Acc) -> {level, I, [Acc, I * I]} end, bottom, lists:seq(1, 9)),
    io:format("~p~n", [Deep]),
    io:format("~p~n", [lists:foldl(fun(_, Acc) -> [Acc] end, x, lists:seq(1, 40))]),
    LongAtom = 'an_atom_that_is_rather_long_and_goes_on_and_on_for_a_while_before_it_stops',
    io:format("~p~n", [[LongAtom, LongAtom, {LongAtom, LongAtom}]]),
    %% Tags up to 2 characters longer than 4 align after the tag; longer tags indent by 4,
    %% or by 1 when even that would go past half the line.
    io:format("~p~n", [{ok, [lists:seq(1, 25), lists:seq(26, 50)]}]),
    io:format("~p~n", [{a_tag_long_enough_to_move_the_rest, lists:seq(1, 30), "text", 42}]),
    io:format("~p~n", [{'a tag', {'another tag that is longer still than any line would like',
                                  {inner, lists:seq(1, 40)}}}]),
    io:format("~p~n", [lists:foldl(fun(_, Acc) -> {tag_name_x, Acc, Acc} end, leaf, lists:seq(1, 5))]),
    io:format("~p~n", [#{config => #{name => "server", ports => lists:seq(8000, 8030),
                                     options => [{verbose, true}, {retries, 3}, {timeout, 5000}]},
                         {tuple, key} => [1, 2, 3],
                         [list, key, that, is, long, enough, to, matter, here] => #{nested => #{deeper => "value"}},
                         <<"binary key">> => <<"binary value">>}]),
    io:format("~p~n", [#{lists:seq(1, 30) => lists:seq(31, 60)}]),
    io:format("~p~n", [[#{a => 1}, #{b => {2, 3}}, #{}, #{c => [4, 5, 6], d => "seven"}]]),
    Bytes = list_to_binary([(I * 37) rem 256 || I <- lists:seq(1, 120)]),
    io:format("~p~n", [Bytes]),
    io:format("~p~n", [{bytes, Bytes, <<Bytes/binary, 5:3>>}]),
    io:format("~p~n", [[<<1:1>>, <<255, 3:2>>, <<0:40>>, <<>>]]),
    io:format("~p~n", [[<<"a printable binary that is fairly long, long enough to be on its own line">>,
                        <<"short">>, <<"tab\tand newline\n">>]]),
    Unicode = [16#4e2d, 16#6587, $\s, 16#3b1, 16#3b2, 16#3b3, $\s, $é, $ß],
    io:format("~p~n~tp~n", [Unicode, Unicode]),
    UBin = unicode:characters_to_binary(Unicode),
    io:format("~p~n~tp~n", [UBin, UBin]),
    io:format("~tp~n", [lists:duplicate(4, {text, UBin, Unicode})]),
    Latin = [<<"café crème brûlée, a dessert"/utf8>>, "café crème", 'café', <<"naïve"/utf8>>,
             <<"bytes é"/utf8, 255>>],
    io:format("~p~n~tp~n", [Latin, Latin]),
    io:format("~p~n~lp~n", [["abc", "def", "ghi"], ["abc", "def", "ghi"]]),
    io:format("~p~n", [lists:duplicate(6, "a string of exactly thirty one.")]),
    io:format("~p~n", [[1, 2, 3 | improper_tail]]),
    io:format("~p~n", [[lists:seq(1, 20), lists:seq(21, 40) | {a, tuple, tail, with, several, elements, in, it}]]),
    io:format("~p~n", [[fun lists:map/2, fun erlang:length/1, fun io_lib:format/2, fun lists:seq/2,
                        fun lists:foldl/3, fun lists:reverse/1]]),
    io:format("~p~n", [{[], {}, #{}, <<>>, "", [[]], [{}]}]),
    io:format("~p~n", [[1.5, -0.0, 1.0e100, 123456789012345678901234567890, -7, 3.14159]]),
    %% The column where ~p starts counts.
    io:format("a label of some length: ~p~n", [lists:seq(1, 30)]),
    io:format("\ttabbed: ~p~n", [lists:seq(1, 30)]),
    io:format("first ~p then ~p~n", [lists:seq(1, 25), {second, lists:seq(1, 25)}]),
    io:format("~s~p~n", [lists:duplicate(70, $-), {a, b, c, d}]),
    io:format("~s~p~n", [lists:duplicate(78, $-), [1, 2]]),
    %% ~Np: line length N; ~.Np: start column.
    io:format("~40p~n", [[{key, "value"}, {other, [1, 2, 3]}, {third, #{m => 1}}]]),
    io:format("~20p~n", [{a, {b, {c, {d, {e, {f, g}}}}}}]),
    io:format("~1p~n", [[a, b, {c, d}]]),
    io:format("~.40p~n", [lists:seq(1, 20)]),
    io:format("~60.10p~n", [#{key => lists:seq(1, 20)}]),
    io:format("~120p~n", [lists:seq(1, 40)]),
    %% ~P: depth.
    io:format("~P~n", [Deep, 6]),
    io:format("~P~n", [#{a => [1, 2, 3], b => {x, y, z}, c => "string"}, 3]),
    io:format("~P~n", [[<<"a long binary cut by the depth">>, "a long string cut too", lists:seq(1, 50)], 4]),
    io:format("~P~n", [lists:duplicate(20, {element, "with text"}), 12]),
    io:format("~P~n", [{a, [b | c], <<1, 2, 3, 4, 5, 6>>, <<7:3>>}, 3]),
    ok.
