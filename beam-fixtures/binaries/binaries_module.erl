-module(binaries_module).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% The binary module: searching (match/matches with several patterns and scopes), split and
%% replace with options, at/first/last/part, prefixes and suffixes, unsigned encodings.

start() ->
    S = id(<<"the quick brown fox jumps over the lazy dog; the end">>),
    Match = [binary:match(S, <<"the">>), binary:match(S, [<<"fox">>, <<"quick">>]), binary:match(S, <<"cat">>),
             binary:match(S, <<"the">>, [{scope, {1, 40}}]), binary:match(S, [<<"o">>, <<"ov">>]),
             binary:match(S, [<<"ov">>, <<"o">>]), ?T(binary:match(S, <<>>)),
             ?T(binary:match(S, <<"a">>, [{scope, {50, 10}}]))],
    Matches = [binary:matches(S, <<"the">>), binary:matches(S, [<<"o">>, <<"e">>]),
               binary:matches(<<"aaaa">>, <<"aa">>), binary:matches(S, <<"zz">>),
               binary:matches(S, [<<"he">>, <<"the">>], [{scope, {0, 20}}])],
    Split = [binary:split(S, <<" ">>), binary:split(S, <<" ">>, [global]),
             binary:split(<<",a,,b,">>, <<",">>, [global]), binary:split(<<",a,,b,">>, <<",">>, [global, trim]),
             binary:split(<<",a,,b,,">>, <<",">>, [global, trim_all]), binary:split(<<"abc">>, [<<"b">>, <<"c">>], [global]),
             binary:split(<<"a-b_c">>, [<<"-">>, <<"_">>], [global]), binary:split(<<>>, <<",">>)],
    Replace = [binary:replace(S, <<"the">>, <<"THE">>), binary:replace(S, <<"the">>, <<"THE">>, [global]),
               binary:replace(<<"abcabc">>, <<"b">>, <<"[]">>, [global, {insert_replaced, 1}]),
               binary:replace(<<"abcabc">>, [<<"a">>, <<"c">>], <<"-">>, [global]),
               binary:replace(<<"aaa">>, <<"a">>, <<>>, [global])],
    Access = [binary:at(S, 0), binary:at(S, 4), ?T(binary:at(S, 1000)), binary:first(S), binary:last(S),
              ?T(binary:first(<<>>)), binary:part(S, 4, 5), binary:part(S, {10, -6}), ?T(binary:part(S, 4, 100))],
    Prefix = [binary:longest_common_prefix([<<"interstellar">>, <<"internet">>, <<"interval">>]),
              binary:longest_common_prefix([<<"a">>, <<"b">>]), binary:longest_common_suffix([<<"running">>, <<"jumping">>]),
              binary:longest_common_prefix([<<"same">>])],
    Unsigned = [binary:encode_unsigned(0), binary:encode_unsigned(255), binary:encode_unsigned(256),
                binary:encode_unsigned(1 bsl 64), binary:encode_unsigned(16#0102, little),
                binary:decode_unsigned(<<1, 0>>), binary:decode_unsigned(<<1, 0>>, little),
                binary:decode_unsigned(<<>>), binary:decode_unsigned(<<255, 255, 255, 255, 255, 255, 255, 255, 255>>),
                ?T(binary:encode_unsigned(-1))],
    Lists = [binary:bin_to_list(S, 4, 5), binary:bin_to_list(<<"abc">>), binary:list_to_bin([<<"x">>, "y", $z]),
             binary:referenced_byte_size(<<"small">>)],
    {Match, Matches, Split, Replace, Access, Prefix, Unsigned, Lists}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
