%% The unicode module of OTP 25. characters_to_list/2, characters_to_binary/2 and
%% bin_is_7bit/1 are BIFs (the stubs below) that convert Latin-1 and UTF-8 natively; for
%% UTF-16 and UTF-32 they call characters_to_list_int/2 and characters_to_binary_int/2 here,
%% as OTP's do. This file gives the same results as OTP's, including the shape of the Rest
%% in {error, Converted, Rest} and {incomplete, Converted, Rest}, which depends on where in
%% the nested chardata the conversion stopped.
%%
%% Not provided: the normalization functions (characters_to_nf*), which need unicode_util's
%% tables.
-module(unicode).

-export([characters_to_list/1, characters_to_list/2, characters_to_list_int/2,
         characters_to_binary/1, characters_to_binary/2, characters_to_binary/3,
         characters_to_binary_int/2, bin_is_7bit/1, bom_to_encoding/1, encoding_to_bom/1]).

-export_type([chardata/0, charlist/0, encoding/0, external_chardata/0,
              external_charlist/0, latin1_char/0, latin1_chardata/0,
              latin1_charlist/0, latin1_binary/0, unicode_binary/0]).

-type encoding() :: 'latin1' | 'unicode' | 'utf8' | 'utf16' | {'utf16', endian()}
                  | 'utf32' | {'utf32', endian()}.
-type endian() :: 'big' | 'little'.
-type unicode_binary() :: binary().
-type charlist() :: maybe_improper_list(char() | unicode_binary() | charlist(),
                                        unicode_binary() | nil()).
-type chardata() :: charlist() | unicode_binary().
-type external_unicode_binary() :: binary().
-type external_chardata() :: external_charlist() | external_unicode_binary().
-type external_charlist() :: maybe_improper_list(char() | external_unicode_binary()
                                                 | external_charlist(),
                                                 external_unicode_binary() | nil()).
-type latin1_binary() :: binary().
-type latin1_char() :: byte().
-type latin1_chardata() :: latin1_charlist() | latin1_binary().
-type latin1_charlist() :: maybe_improper_list(latin1_char() | latin1_binary()
                                               | latin1_charlist(),
                                               latin1_binary() | nil()).

-compile({inline, [fail/2]}).

%% Larger binaries are converted in slices of this many bytes, as in OTP (the slicing shows
%% in the Rest of an error).
-define(SLICE, 8192).

%%% BIFs

bin_is_7bit(_) -> erlang:nif_error(undef).
characters_to_binary(_, _) -> erlang:nif_error(undef).
characters_to_list(_, _) -> erlang:nif_error(undef).

%%% The one-argument forms and characters_to_binary/3

characters_to_list(Data) ->
    try unicode:characters_to_list(Data, unicode)
    catch error:Reason -> fail(Reason, [Data])
    end.

characters_to_binary(Data) ->
    try unicode:characters_to_binary(Data, unicode)
    catch error:Reason -> fail(error_type(Reason), [Data])
    end.

characters_to_binary(Data, In, Out) ->
    case already_in(Data, In, Out) of
        true ->
            Data;
        false ->
            try convert(Data, In, Out)
            catch error:Reason -> fail(error_type(Reason), [Data, In, Out])
            end
    end.

%% Whether Data is already a binary in the wanted encoding.
already_in(Data, latin1, latin1) ->
    is_binary(Data);
already_in(Data, In, Out) ->
    Ascii = [{latin1, utf8}, {latin1, unicode}, {utf8, latin1}, {unicode, latin1}],
    lists:member({In, Out}, Ascii) andalso unicode:bin_is_7bit(Data).

%%% What the BIFs call for UTF-16 and UTF-32 input

characters_to_list_int(Data, Encoding) ->
    try
        case unicode:characters_to_binary(Data, Encoding) of
            Bin when is_binary(Bin) ->
                unicode:characters_to_list(Bin, utf8);
            {Tag, Done, Rest} ->
                {Tag, unicode:characters_to_list(Done, utf8), Rest}
        end
    catch
        error:Reason -> bif_error(Reason, characters_to_list, [Data, Encoding])
    end.

characters_to_binary_int(Data, Encoding) ->
    try convert(Data, Encoding, unicode)
    catch error:Reason -> bif_error(Reason, characters_to_binary, [Data, Encoding])
    end.

%% Raises as the BIF Name would have: its own frame, with error info, on top.
bif_error(Reason, Name, Args) ->
    Callers = try erlang:error(stacktrace)
              catch error:_:Trace -> tl(Trace)
              end,
    Frame = {unicode, Name, Args, [{error_info, #{module => erl_stdlib_errors}}]},
    erlang:raise(error, error_type(Reason), [Frame | Callers]).

error_type(system_limit) -> system_limit;
error_type(_) -> badarg.

fail(Reason, Args) ->
    erlang:error(Reason, Args, [{error_info, #{module => erl_stdlib_errors}}]).

%%% Byte order marks

bom_to_encoding(<<239, 187, 191, _/binary>>) -> {utf8, 3};
bom_to_encoding(<<0, 0, 254, 255, _/binary>>) -> {{utf32, big}, 4};
bom_to_encoding(<<255, 254, 0, 0, _/binary>>) -> {{utf32, little}, 4};
bom_to_encoding(<<254, 255, _/binary>>) -> {{utf16, big}, 2};
bom_to_encoding(<<255, 254, _/binary>>) -> {{utf16, little}, 2};
bom_to_encoding(Bin) when is_binary(Bin) -> {latin1, 0}.

encoding_to_bom(unicode) -> <<239, 187, 191>>;
encoding_to_bom(utf8) -> <<239, 187, 191>>;
encoding_to_bom(utf16) -> <<254, 255>>;
encoding_to_bom({utf16, big}) -> <<254, 255>>;
encoding_to_bom({utf16, little}) -> <<255, 254>>;
encoding_to_bom(utf32) -> <<0, 0, 254, 255>>;
encoding_to_bom({utf32, big}) -> <<0, 0, 254, 255>>;
encoding_to_bom({utf32, little}) -> <<255, 254, 0, 0>>;
encoding_to_bom(latin1) -> <<>>.

%%% The general conversion

convert(Data, In, Out) when (In =:= latin1 orelse In =:= unicode orelse In =:= utf8),
                            (Out =:= unicode orelse Out =:= utf8) ->
    unicode:characters_to_binary(Data, In);
convert(Data, In, Out) ->
    true = valid_encoding(In) andalso valid_encoding(Out),
    %% With Latin-1 output, input characters above 255 stop the conversion.
    Max = case {Out, In} of
              {latin1, _} -> 255;
              {_, latin1} -> 255;
              _ -> 16#10FFFF
          end,
    Decode = fun(Bin) -> decode(norm(In), Bin, Out =:= latin1) end,
    Encode = fun(Chars) -> encode(norm(Out), Chars) end,
    Step = fun(Bin, Acc) when is_binary(Bin) ->
                   case Decode(Bin) of
                       Chars when is_list(Chars) ->
                           <<Acc/binary, (Encode(Chars))/binary>>;
                       {error, Chars, Rest} ->
                           {error, <<Acc/binary, (Encode(Chars))/binary>>, Rest};
                       {incomplete, Chars, Rest, Missing} ->
                           {incomplete, <<Acc/binary, (Encode(Chars))/binary>>, Rest, Missing}
                   end;
              (C, Acc) when is_integer(C), C =< Max ->
                   case Encode([C]) of
                       Bin when is_binary(Bin) -> <<Acc/binary, Bin/binary>>;
                       {error, _, [C]} -> {error, Acc, [C]}
                   end;
              (C, Acc) ->
                   {error, Acc, [C]}
           end,
    case walk(Data, Step, <<>>) of
        Bin when is_binary(Bin) -> Bin;
        {incomplete, Done, Rest, _Missing} -> {incomplete, Done, Rest};
        {error, _, _} = Error -> Error
    end.

valid_encoding(Enc) ->
    lists:member(Enc, [latin1, unicode, utf8, utf16, {utf16, big}, {utf16, little},
                       utf32, {utf32, big}, {utf32, little}]).

norm(unicode) -> utf8;
norm(utf16) -> {utf16, big};
norm(utf32) -> {utf32, big};
norm(Enc) -> Enc.

%% Walks chardata, converting each binary and character with Step. The accumulator is the
%% output so far, or {{Pending, Missing}, Output} while a binary ended in the middle of a
%% character: Pending holds its bytes and Missing how many more it needs.
walk([], _Step, {{Pending, Missing}, Acc}) ->
    {incomplete, Acc, Pending, Missing};
walk([], _Step, Acc) ->
    Acc;
walk([C | _] = Whole, _Step, {{Pending, _}, Acc}) when is_integer(C) ->
    {error, Acc, [Pending | Whole]};
walk([C | T], Step, Acc) when is_integer(C) ->
    case Step(C, Acc) of
        Bin when is_binary(Bin) -> walk(T, Step, Bin);
        {error, Done, Rest} -> {error, Done, [Rest | T]}
    end;
walk([Bin | T], Step, {{Pending, Missing}, Acc}) when is_binary(Bin) ->
    case byte_size(Bin) of
        N when N >= Missing ->
            <<Fill:Missing/binary, More/binary>> = Bin,
            walk([<<Pending/binary, Fill/binary>>, More | T], Step, Acc);
        N ->
            walk(T, Step, {{<<Pending/binary, Bin/binary>>, Missing - N}, Acc})
    end;
walk([Bin | T], Step, Acc) when is_binary(Bin), byte_size(Bin) > ?SLICE ->
    <<First:?SLICE/binary, More/binary>> = Bin,
    walk([First, More | T], Step, Acc);
walk([Bin | T], Step, Acc) when is_binary(Bin) ->
    case Step(Bin, Acc) of
        Out when is_binary(Out) -> walk(T, Step, Out);
        {incomplete, Done, Rest, Missing} -> walk(T, Step, {{Rest, Missing}, Done});
        {error, Done, Rest} -> {error, Done, [Rest | T]}
    end;
walk([List | T], Step, Acc) when is_list(List) ->
    case walk(List, Step, Acc) of
        Out when is_binary(Out) -> walk(T, Step, Out);
        {error, Done, Rest} -> {error, Done, [Rest | T]};
        {incomplete, Done, Rest, Missing} -> walk(T, Step, {{Rest, Missing}, Done})
    end;
walk(Bin, Step, {{Pending, Missing}, Acc}) when is_binary(Bin) ->
    case byte_size(Bin) of
        N when N >= Missing -> walk([Pending, Bin], Step, Acc);
        N -> {incomplete, Acc, <<Pending/binary, Bin/binary>>, Missing - N}
    end;
walk(Bin, Step, Acc) when is_binary(Bin), byte_size(Bin) > ?SLICE ->
    <<First:?SLICE/binary, More/binary>> = Bin,
    walk([First, More], Step, Acc);
walk(Bin, Step, Acc) when is_binary(Bin) ->
    Step(Bin, Acc).

%% The characters of Bin in encoding Enc: a list, or {error, Chars, Rest}, or
%% {incomplete, Chars, Rest, Missing} when it ends inside a character. With Latin1Only, a
%% character above 255 is an error.
decode(latin1, Bin, _) ->
    binary_to_list(Bin);
decode(Enc, Bin, Latin1Only) ->
    decode(Enc, Bin, Latin1Only, []).

decode(_Enc, <<>>, _, Acc) ->
    lists:reverse(Acc);
decode(Enc, Bin, Latin1Only, Acc) ->
    case next_char(Enc, Bin) of
        {C, Rest} when C =< 255; not Latin1Only ->
            decode(Enc, Rest, Latin1Only, [C | Acc]);
        {_, _} ->
            {error, lists:reverse(Acc), Bin};
        none when Latin1Only, element(1, Enc) =:= utf32, Acc =/= [] ->
            %% OTP's Latin-1-only UTF-32 decoder cannot report an incomplete character
            %% after the first one: that fails (badarg); an error it reports as usual.
            case missing(Enc, Bin) of
                N when is_integer(N) -> error(badarg);
                false -> {error, lists:reverse(Acc), Bin}
            end;
        none ->
            stopped(Enc, Bin, Acc)
    end.

stopped(Enc, Bin, Acc) ->
    case missing(Enc, Bin) of
        N when is_integer(N) -> {incomplete, lists:reverse(Acc), Bin, N};
        false -> {error, lists:reverse(Acc), Bin}
    end.

next_char(utf8, <<C/utf8, Rest/binary>>) -> {C, Rest};
next_char({utf16, big}, <<C/utf16, Rest/binary>>) -> {C, Rest};
next_char({utf16, little}, <<C/utf16-little, Rest/binary>>) -> {C, Rest};
next_char({utf32, big}, <<C/utf32, Rest/binary>>) -> {C, Rest};
next_char({utf32, little}, <<C/utf32-little, Rest/binary>>) -> {C, Rest};
next_char(_, _) -> none.

%% How many bytes would complete the start of a character that Bin holds (Bin is what is
%% left where decoding stopped), or false if no bytes can make it a character.
missing(utf8, <<2#110:3, _:5>>) -> 1;
missing(utf8, <<2#1110:4, _:4, More/binary>>) ->
    case More of
        <<>> -> 2;
        <<2#10:2, _:6>> -> 1;
        _ -> false
    end;
missing(utf8, <<2#11110:5, _:3, More/binary>>) ->
    case More of
        <<>> -> 3;
        <<2#10:2, _:6>> -> 2;
        <<2#10:2, _:6, 2#10:2, _:6>> -> 1;
        _ -> false
    end;
missing(utf8, _) -> false;
missing({utf16, big}, <<A>>) when A =< 215; A >= 224 -> 1;
missing({utf16, big}, <<2#110110:6, _:2>>) -> 3;
missing({utf16, big}, <<2#110110:6, _:10>>) -> 2;
missing({utf16, big}, <<2#110110:6, _:10, 2#110111:6, _:2>>) -> 1;
missing({utf16, big}, _) -> false;
missing({utf16, little}, <<_>>) -> 1;
missing({utf16, little}, <<_, 2#110110:6, _:2>>) -> 2;
missing({utf16, little}, <<_, 2#110110:6, _:2, _>>) -> 1;
missing({utf16, little}, _) -> false;
missing({utf32, big}, <<0>>) -> 3;
missing({utf32, big}, <<0, X>>) when X =< 16 -> 2;
missing({utf32, big}, <<0, X, Y>>) when X =< 16, (X > 0 orelse Y =< 215 orelse Y >= 224) -> 1;
missing({utf32, big}, _) -> false;
missing({utf32, little}, <<_>>) -> 3;
missing({utf32, little}, <<_, _>>) -> 2;
missing({utf32, little}, <<X, 255, 0>>) when X =:= 254; X =:= 255 -> false;
missing({utf32, little}, <<_, Y, X>>) when X =< 16, (X > 0 orelse Y =< 215 orelse Y >= 224) -> 1;
missing({utf32, little}, _) -> false.

%% Chars in encoding Enc: a binary, or {error, Done, Rest} at the first character that
%% cannot be encoded.
encode(latin1, Chars) ->
    list_to_binary(Chars);
encode(Enc, Chars) ->
    encode(Enc, Chars, []).

encode(_Enc, [], Acc) ->
    list_to_binary(lists:reverse(Acc));
encode(Enc, [C | T] = Chars, Acc) ->
    case catch encode_char(Enc, C) of
        Bin when is_binary(Bin) -> encode(Enc, T, [Bin | Acc]);
        _ -> {error, list_to_binary(lists:reverse(Acc)), Chars}
    end.

encode_char(utf8, C) -> <<C/utf8>>;
encode_char({utf16, big}, C) -> <<C/utf16>>;
encode_char({utf16, little}, C) -> <<C/utf16-little>>;
encode_char({utf32, big}, C) -> <<C/utf32>>;
encode_char({utf32, little}, C) -> <<C/utf32-little>>.
