%% ERLC_OPTS: +r24
-module(bitsyntax_r24_match).
-export([start/0]).

%% Binary matching compiled as OTP 24 code (+r24): the same match instructions the packaged
%% Elixir beams use, without OTP 25's typed registers, including utf8 decoding loops and
%% binaries built and matched in the same function.

start() ->
    Utf = decode_utf8(<<"añ€😀z"/utf8>>, []),
    Bad = [valid_utf8(B) || B <- [<<"ok"/utf8>>, <<255>>, <<"é"/utf8>>, <<16#C3>>]],
    Fields = [fields(B) || B <- [<<1:1, 7:7, 300:16/little, "tail">>, <<0:1, 0:7, 0:16, 1:1>>]],
    Rebuild = rebuild(<<"abcdef">>, <<>>),
    Escaped = escape(<<"a\"b\\c\nd">>, <<>>),
    Words = count_words(<<"  hello big   world ">>, 0, false),
    Floats = [f(B) || B <- [<<1.5:64/float>>, <<1.5:32/float>>, <<0:64>>, <<1, 2>>]],
    {Utf, Bad, Fields, Rebuild, Escaped, Words, Floats}.

decode_utf8(<<C/utf8, Rest/binary>>, Acc) -> decode_utf8(Rest, [C | Acc]);
decode_utf8(<<>>, Acc) -> lists:reverse(Acc).

valid_utf8(<<_/utf8, Rest/binary>>) -> valid_utf8(Rest);
valid_utf8(<<>>) -> true;
valid_utf8(_) -> false.

fields(<<Flag:1, Len:7, Port:16/little, Rest/bits>>) -> {Flag, Len, Port, Rest}.

rebuild(<<X, Y, Rest/binary>>, Acc) -> rebuild(Rest, <<Acc/binary, Y, X>>);
rebuild(<<>>, Acc) -> Acc.

escape(<<$", R/binary>>, Acc) -> escape(R, <<Acc/binary, "\\\"">>);
escape(<<$\\, R/binary>>, Acc) -> escape(R, <<Acc/binary, "\\\\">>);
escape(<<$\n, R/binary>>, Acc) -> escape(R, <<Acc/binary, "\\n">>);
escape(<<C, R/binary>>, Acc) -> escape(R, <<Acc/binary, C>>);
escape(<<>>, Acc) -> Acc.

count_words(<<$\s, R/binary>>, N, _) -> count_words(R, N, false);
count_words(<<_, R/binary>>, N, false) -> count_words(R, N + 1, true);
count_words(<<_, R/binary>>, N, true) -> count_words(R, N, true);
count_words(<<>>, N, _) -> N.

f(<<F:64/float>>) -> {f64, F};
f(<<F:32/float>>) -> {f32, F};
f(B) -> {other, B}.
