%% otp-lite: the `base64` module, API-compatible with OTP 25 (RFC 4648 standard alphabet,
%% with padding). decode/1 skips whitespace; mime_decode/1 skips any character outside
%% the alphabet. Not covered: OTP's exact results for malformed input to mime_decode
%% (data after padding).
-module(base64).

-export([encode/1, decode/1, mime_decode/1, encode_to_string/1, decode_to_string/1,
         mime_decode_to_string/1]).

encode_to_string(Bin) when is_binary(Bin) -> binary_to_list(encode(Bin));
encode_to_string(List) when is_list(List) -> binary_to_list(encode(List)).

encode(Bin) when is_binary(Bin) -> encode_bin(Bin, <<>>);
encode(List) when is_list(List) -> encode_bin(list_to_binary(List), <<>>).

encode_bin(<<A:6, B:6, C:6, D:6, Rest/binary>>, Acc) ->
    encode_bin(Rest, <<Acc/binary, (enc(A)), (enc(B)), (enc(C)), (enc(D))>>);
encode_bin(<<A:6, B:6, C:4>>, Acc) ->
    <<Acc/binary, (enc(A)), (enc(B)), (enc(C bsl 2)), $=>>;
encode_bin(<<A:6, B:2>>, Acc) ->
    <<Acc/binary, (enc(A)), (enc(B bsl 4)), $=, $=>>;
encode_bin(<<>>, Acc) -> Acc.

enc(N) when N < 26 -> $A + N;
enc(N) when N < 52 -> $a + N - 26;
enc(N) when N < 62 -> $0 + N - 52;
enc(62) -> $+;
enc(63) -> $/.

decode_to_string(Data) -> binary_to_list(decode(Data)).

mime_decode_to_string(Data) -> binary_to_list(mime_decode(Data)).

decode(Bin) when is_binary(Bin) -> decode_digits(digits(binary_to_list(Bin), strict), Bin);
decode(List) when is_list(List) -> decode_digits(digits(List, strict), List).

mime_decode(Bin) when is_binary(Bin) -> mime_digits(digits(binary_to_list(Bin), mime));
mime_decode(List) when is_list(List) -> mime_digits(digits(List, mime)).

%% The 6-bit values of the data characters, with eq for each '='.
digits([C | Cs], Mode) ->
    case dec(C) of
        space when Mode =:= strict -> digits(Cs, Mode);
        bad when Mode =:= strict -> erlang:error(badarg);
        D when is_integer(D); D =:= eq -> [D | digits(Cs, Mode)];
        _ -> digits(Cs, Mode)
    end;
digits([], _) -> [].

dec(C) when C >= $A, C =< $Z -> C - $A;
dec(C) when C >= $a, C =< $z -> C - $a + 26;
dec(C) when C >= $0, C =< $9 -> C - $0 + 52;
dec($+) -> 62;
dec($/) -> 63;
dec($=) -> eq;
dec(C) when C =:= $\s; C =:= $\t; C =:= $\r; C =:= $\n -> space;
dec(_) -> bad.

decode_digits(Ds, _Orig) -> decode_groups(Ds, <<>>).

decode_groups([A, B, C, D | Rest], Acc) when is_integer(A), is_integer(B), is_integer(C),
                                             is_integer(D) ->
    decode_groups(Rest, <<Acc/binary, A:6, B:6, C:6, D:6>>);
decode_groups([A, B, C, eq], Acc) when is_integer(A), is_integer(B), is_integer(C) ->
    <<Acc/binary, A:6, B:6, (C bsr 2):4>>;
decode_groups([A, B, eq, eq], Acc) when is_integer(A), is_integer(B) ->
    <<Acc/binary, A:6, (B bsr 4):2>>;
decode_groups([A, B, C], Acc) when is_integer(A), is_integer(B), is_integer(C) ->
    <<Acc/binary, A:6, B:6, (C bsr 2):4>>;
decode_groups([A, B], Acc) when is_integer(A), is_integer(B) ->
    <<Acc/binary, A:6, (B bsr 4):2>>;
decode_groups([], Acc) -> Acc;
decode_groups(_, _) -> erlang:error(badarg).

%% MIME: padding ends the data; anything after it is ignored.
mime_digits(Ds) ->
    {Data, _} = lists:splitwith(fun(D) -> D =/= eq end, Ds),
    mime_groups(Data, <<>>).

mime_groups([A, B, C, D | Rest], Acc) -> mime_groups(Rest, <<Acc/binary, A:6, B:6, C:6, D:6>>);
mime_groups([A, B, C], Acc) -> <<Acc/binary, A:6, B:6, (C bsr 2):4>>;
mime_groups([A, B], Acc) -> <<Acc/binary, A:6, (B bsr 4):2>>;
mime_groups(_, Acc) -> Acc.
