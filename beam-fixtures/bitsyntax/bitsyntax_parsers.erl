-module(bitsyntax_parsers).
-export([start/0]).

%% Binary matching in loops, the way real parsers do it: LEB128 varints, a TLV format,
%% an IPv4 header, run-length decoding, bit reversal and a hand-written base64.

start() ->
    Varints = [varint_decode(varint_encode(N)) || N <- [0, 1, 127, 128, 300, 16383, 16384, 1 bsl 35, (1 bsl 64) - 1]],
    Encoded = [varint_encode(N) || N <- [0, 127, 128, 300, 1 bsl 35]],
    Tlv = tlv(<<1, 0, 3, "abc", 2, 0, 0, 9, 1, 44, 255, 0, 2, 1, 2>>, []),
    Ip = ipv4(<<4:4, 5:4, 0:8, 60:16, 16#1C46:16, 2:3, 0:13, 64:8, 6:8, 16#B1E6:16, 192, 168, 0, 1, 10, 0, 0, 99>>),
    Rle = rle(<<3, $a, 1, $b, 5, $c, 0, $d>>, <<>>),
    Rev = [reverse_bits(B) || B <- [<<1:1, 0:1, 1:1, 1:1>>, <<16#F0>>, <<1, 2, 3>>, <<>>]],
    B64 = [b64(B) || B <- [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<"fooba">>, <<"foobar">>, <<0, 255, 128>>]],
    Csv = csv_fields(<<"name,age,,city\n">>, <<>>, []),
    Count = count_ones(<<16#DEADBEEF:32, 5:3>>, 0),
    {Varints, Encoded, Tlv, Ip, Rle, Rev, B64, Csv, Count}.

varint_encode(N) when N < 128 -> <<N>>;
varint_encode(N) -> <<1:1, (N band 127):7, (varint_encode(N bsr 7))/binary>>.

varint_decode(B) -> varint_decode(B, 0, 0).
varint_decode(<<0:1, X:7, Rest/binary>>, Shift, Acc) -> {Acc bor (X bsl Shift), Rest};
varint_decode(<<1:1, X:7, Rest/binary>>, Shift, Acc) -> varint_decode(Rest, Shift + 7, Acc bor (X bsl Shift)).

tlv(<<>>, Acc) -> lists:reverse(Acc);
tlv(<<Type, Len:16, Value:Len/binary, Rest/binary>>, Acc) -> tlv(Rest, [{Type, Value} | Acc]);
tlv(Bad, Acc) -> lists:reverse([{truncated, Bad} | Acc]).

ipv4(<<Version:4, Ihl:4, _Tos, TotalLen:16, Id:16, Flags:3, FragOff:13, Ttl, Proto, Sum:16,
       S1, S2, S3, S4, D1, D2, D3, D4, _/binary>>) ->
    #{version => Version, ihl => Ihl, len => TotalLen, id => Id, flags => Flags, frag => FragOff,
      ttl => Ttl, proto => Proto, sum => Sum, src => {S1, S2, S3, S4}, dst => {D1, D2, D3, D4}}.

rle(<<>>, Acc) -> Acc;
rle(<<N, C, Rest/binary>>, Acc) -> rle(Rest, <<Acc/binary, (binary:copy(<<C>>, N))/binary>>).

reverse_bits(B) -> reverse_bits(B, <<>>).
reverse_bits(<<>>, Acc) -> Acc;
reverse_bits(<<X:1, Rest/bits>>, Acc) -> reverse_bits(Rest, <<X:1, Acc/bits>>).

b64(Bin) -> b64(Bin, <<>>).
b64(<<A:6, B:6, C:6, D:6, Rest/binary>>, Acc) -> b64(Rest, <<Acc/binary, (c(A)), (c(B)), (c(C)), (c(D))>>);
b64(<<A:6, B:6, C:4>>, Acc) -> <<Acc/binary, (c(A)), (c(B)), (c(C bsl 2)), $=>>;
b64(<<A:6, B:2>>, Acc) -> <<Acc/binary, (c(A)), (c(B bsl 4)), $=, $=>>;
b64(<<>>, Acc) -> Acc.

c(N) when N < 26 -> $A + N;
c(N) when N < 52 -> $a + N - 26;
c(N) when N < 62 -> $0 + N - 52;
c(62) -> $+;
c(63) -> $/.

csv_fields(<<"\n">>, Cur, Acc) -> lists:reverse([Cur | Acc]);
csv_fields(<<$,, Rest/binary>>, Cur, Acc) -> csv_fields(Rest, <<>>, [Cur | Acc]);
csv_fields(<<C, Rest/binary>>, Cur, Acc) -> csv_fields(Rest, <<Cur/binary, C>>, Acc).

count_ones(<<>>, N) -> N;
count_ones(<<1:1, R/bits>>, N) -> count_ones(R, N + 1);
count_ones(<<0:1, R/bits>>, N) -> count_ones(R, N).
