-module(strings_unicode_bifs).
-export([start/0]).

%% The unicode module BIFs: characters_to_binary/characters_to_list between encodings,
%% with the {error, Converted, Rest} and {incomplete, Converted, Rest} results for bad and
%% truncated input, and badarg for non-chardata.

start() ->
    Text = [$h, 233, 16#20AC, 16#1F600, $!],
    Utf8 = unicode:characters_to_binary(Text),
    ToBin = [catching(fun() -> unicode:characters_to_binary(Text, unicode, Enc) end)
             || Enc <- [utf8, unicode, latin1, utf16, {utf16, little}, utf32, {utf32, little}]],
    FromEnc = [unicode:characters_to_list(unicode:characters_to_binary(Text, unicode, Enc), Enc)
               || Enc <- [utf8, utf16, {utf16, little}, utf32, {utf32, little}]],
    Latin = [unicode:characters_to_binary(<<233, 255>>, latin1), unicode:characters_to_binary(<<233, 255>>, latin1, latin1),
             unicode:characters_to_list(<<233, 255>>, latin1), unicode:characters_to_binary([233, 300], unicode, latin1)],
    Mixed = [unicode:characters_to_list([<<"ab">>, $c, [<<"é"/utf8>>, [16#20AC]]]),
             unicode:characters_to_binary([[[]], <<>>, "x", [<<"y">> | <<"z">>]])],
    Bad = [catching(fun() -> unicode:characters_to_binary(B) end)
           || B <- [<<16#FF, "rest">>, <<"ok", 16#C3>>, <<"ok", 16#E2, 16#82>>, [$a, -1], [$a, 16#110000],
                    [$a, 16#D800], [a], <<1:3>>, [<<"ok">>, <<16#80>>]]],
    BadList = [catching(fun() -> unicode:characters_to_list(B) end)
               || B <- [<<"abc", 16#C3>>, <<16#C0, 16#80>>, [<<"x">>, 16#D800], {tuple}]],
    Utf16Odd = [catching(fun() -> unicode:characters_to_list(B, utf16) end) || B <- [<<0, $a, 0>>, <<16#D8, 16#3D>>,
                                                                                  <<16#DC, 0>>]],
    Bom = [unicode:bom_to_encoding(B) || B <- [<<16#EF, 16#BB, 16#BF>>, <<16#FE, 16#FF>>, <<16#FF, 16#FE>>,
                                                <<0, 0, 16#FE, 16#FF>>, <<16#FF, 16#FE, 0, 0>>, <<"plain">>]],
    Enc = [unicode:encoding_to_bom(E) || E <- [utf8, {utf16, big}, {utf16, little}, {utf32, big}, latin1]],
    {Utf8, ToBin, FromEnc, Latin, Mixed, Bad, BadList, Utf16Odd, Bom, Enc}.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
