-module(bitsyntax_utf).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% utf8/utf16/utf32 segments: encoding every length class, both endiannesses, invalid code
%% points (surrogates, beyond 16#10FFFF) and decoding of valid and invalid sequences.

start() ->
    Cps = id([0, $a, 16#7F, 16#80, 16#7FF, 16#800, 16#FFFF, 16#10000, 16#10FFFF, 233, 16#20AC, 16#1F600, 16#FEFF]),
    Enc = [{<<C/utf8>>, <<C/utf16>>, <<C/utf16-little>>, <<C/utf32>>, <<C/utf32-little>>} || C <- Cps],
    Dec = [dec(C) || C <- Cps],
    Bad = [?T(<<C/utf8>>) || C <- id([-1, 16#D800, 16#DFFF, 16#110000, 1 bsl 64, a])] ++
          [?T(<<(id(16#D800))/utf16>>), ?T(<<(id(16#110000))/utf32>>)],
    Invalid = [utf8_head(B) || B <- id([<<16#C0, 16#80>>, <<16#E0, 16#80, 16#80>>, <<16#ED, 16#A0, 16#80>>,
                                        <<16#F4, 16#90, 16#80, 16#80>>, <<16#80>>, <<16#FF>>, <<16#C3>>,
                                        <<16#F0, 16#9F, 16#98, 16#80>>, <<16#E2, 16#82>>, <<"é"/utf8>>])],
    Utf16Bad = [utf16_head(B) || B <- id([<<16#D8, 16#00>>, <<16#DC, 16#00, 0, 0>>, <<16#D8, 16#3D, 16#DE, 16#00>>,
                                          <<16#D8, 16#3D, 0, $a>>])],
    Utf32Bad = [utf32_head(B) || B <- id([<<0, 16#11, 0, 0>>, <<0, 0, 16#D8, 0>>, <<0, 0, 0, $z>>])],
    Decode = decode_all(<<"h", "é"/utf8, "€"/utf8, "😀"/utf8, "!">>, []),
    Strings = [<<"åäö"/utf8>>, <<"åäö"/utf16>>, <<"åäö"/utf32-little>>, <<"åäö">>],
    {Enc, Dec, Bad, Invalid, Utf16Bad, Utf32Bad, Decode, Strings}.

dec(C) ->
    <<A/utf8>> = <<C/utf8>>,
    <<B/utf16>> = <<C/utf16>>,
    <<L/utf16-little>> = <<C/utf16-little>>,
    <<D/utf32>> = <<C/utf32>>,
    {A, B, L, D}.

utf8_head(<<C/utf8, Rest/binary>>) -> {ok, C, Rest};
utf8_head(B) -> {invalid, B}.

utf16_head(<<C/utf16, Rest/binary>>) -> {ok, C, Rest};
utf16_head(B) -> {invalid, B}.

utf32_head(<<C/utf32, Rest/binary>>) -> {ok, C, Rest};
utf32_head(B) -> {invalid, B}.

decode_all(<<>>, Acc) -> lists:reverse(Acc);
decode_all(<<C/utf8, Rest/binary>>, Acc) -> decode_all(Rest, [C | Acc]).

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
