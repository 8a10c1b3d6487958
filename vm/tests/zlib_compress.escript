#!/usr/bin/env escript
%% Oracle for vm/tests/zlib_oracle.rs: reads records <<Len:32, Data:Len/binary>> from the file
%% named by argument 1, compresses each with OTP's zlib (the system zlib that term_to_binary
%% uses) at levels 1..9, and writes <<ZLen:32, Z:ZLen/binary>> per (record, level) to argument 2.
main([In, Out]) ->
    {ok, Bin} = file:read_file(In),
    Z = zlib:open(),
    Res = compress_all(Bin, Z, []),
    zlib:close(Z),
    ok = file:write_file(Out, Res).

compress_all(<<>>, _Z, Acc) ->
    lists:reverse(Acc);
compress_all(<<Len:32, Data:Len/binary, Rest/binary>>, Z, Acc) ->
    Outs = [begin
                ok = zlib:deflateInit(Z, L),
                C = iolist_to_binary(zlib:deflate(Z, Data, finish)),
                ok = zlib:deflateEnd(Z),
                <<(byte_size(C)):32, C/binary>>
            end || L <- lists:seq(1, 9)],
    compress_all(Rest, Z, [Outs | Acc]).
