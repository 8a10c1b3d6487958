-module(hash_digests).
-export([start/0]).

%% Checksums and digests built into erlang: md5 (one-shot and incremental over iolists),
%% crc32 (one-shot, incremental, combine) and adler32 (one-shot, incremental, combine),
%% including empty input and large input.

start() ->
    Inputs = [<<>>, <<"a">>, <<"abc">>, <<"message digest">>, <<"abcdefghijklmnopqrstuvwxyz">>,
              binary:copy(<<"1234567890">>, 8), binary:copy(<<0>>, 100000), [<<"io">>, "list", [$!]]],
    Md5 = [erlang:md5(I) || I <- Inputs],
    Incremental = [erlang:md5_final(lists:foldl(fun(C, Ctx) -> erlang:md5_update(Ctx, C) end, erlang:md5_init(), chunks(iolist_to_binary(I), 7)))
                   || I <- Inputs],
    Crc = [erlang:crc32(I) || I <- Inputs],
    CrcInc = [lists:foldl(fun(C, Acc) -> erlang:crc32(Acc, C) end, 0, chunks(iolist_to_binary(I), 5)) || I <- Inputs],
    CrcComb = erlang:crc32_combine(erlang:crc32(<<"hello ">>), erlang:crc32(<<"world">>), 5) =:= erlang:crc32(<<"hello world">>),
    Adler = [erlang:adler32(I) || I <- Inputs],
    AdlerInc = [lists:foldl(fun(C, Acc) -> erlang:adler32(Acc, C) end, 1, chunks(iolist_to_binary(I), 3)) || I <- Inputs],
    AdlerComb = erlang:adler32_combine(erlang:adler32(<<"hello ">>), erlang:adler32(<<"world">>), 5),
    {Md5, Md5 =:= Incremental, Crc, Crc =:= CrcInc, CrcComb, Adler, Adler =:= AdlerInc, AdlerComb}.

chunks(B, N) when byte_size(B) =< N -> [B];
chunks(B, N) -> <<C:N/binary, R/binary>> = B, [C | chunks(R, N)].
