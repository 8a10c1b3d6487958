-module(strings_chardata).
-export([start/0]).

%% unicode:characters_to_list/binary over deeply nested chardata mixing lists, binaries in
%% different encodings, and code points, including the incomplete/error tuples produced
%% in the middle of nested input.

start() ->
    Deep = [[$a, [<<"b">>, [[16#E9]]]], <<"ñ"/utf8>>, [[], [[[16#1F600]]]], "z"],
    Good = [unicode:characters_to_list(Deep), unicode:characters_to_binary(Deep),
            unicode:characters_to_binary(Deep, unicode, utf16), unicode:characters_to_list([<<0, $a, 0, $b>>], utf16),
            unicode:characters_to_binary([<<"a">>, [<<"é"/utf8>>]], utf8, latin1),
            unicode:characters_to_list([<<233>>, "x"], latin1), unicode:characters_to_binary("", utf8, utf32),
            unicode:characters_to_binary([[<<>>]])],
    Mid = [unicode:characters_to_binary([<<"ok">>, [<<16#E2, 16#82>>]]),
           unicode:characters_to_binary([<<"ok">>, [<<16#E2, 16#82>>], <<16#AC, "!">>]),
           unicode:characters_to_binary([<<"a">>, <<255>>, <<"b">>]), unicode:characters_to_list(["ab", [-1], "c"]),
           unicode:characters_to_binary([[16#10FFFF], [16#110000]]), unicode:characters_to_binary([<<"x">> | <<16#C3>>]),
           unicode:characters_to_binary([300], unicode, latin1)],
    Bad = [catching(fun() -> unicode:characters_to_list(X) end) || X <- [a, {<<"b">>}, [<<"a">> | b], [3.0], #{}]],
    {Good, Mid, Bad}.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
