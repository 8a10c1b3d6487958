-module(etf_zlib_module).
-export([start/0]).

%% The whole-buffer functions of the zlib module: compress/zip/gzip byte for byte as OTP's
%% zlib 1.2.13 writes them (iodata input, empty input, large and repetitive input shown by
%% md5), and uncompress/unzip/gunzip including trailing bytes, concatenated gzip members,
%% truncated and corrupt input and non-iodata arguments.

start() ->
    Inputs = [<<>>, <<"a">>, <<"hello hello hello">>, ["ab", <<"cd">>, 101, [[<<"f">>]]],
              binary:copy(<<"abcdefgh">>, 1000), list_to_binary(lists:seq(0, 255)),
              [binary:copy(<<"0123456789">>, 7000), lists:seq(1, 200)]],
    Show = fun(B) when byte_size(B) > 64 -> {byte_size(B), erlang:md5(B)}; (B) -> B end,
    Compressed = [[Show(F(I)) || F <- [fun zlib:compress/1, fun zlib:zip/1, fun zlib:gzip/1]] || I <- Inputs],
    Back = [{zlib:uncompress(zlib:compress(I)), zlib:unzip(zlib:zip(I)), zlib:gunzip(zlib:gzip(I))}
            =:= {B, B, B} || I <- Inputs, B <- [iolist_to_binary(I)]],
    Z = zlib:compress(<<"hello hello hello">>),
    G = zlib:gzip(<<"hello">>),
    Zip = zlib:zip(<<"abc">>),
    Edge = [r(fun() -> zlib:uncompress(<<Z/binary, "trailing">>) end),
            r(fun() -> zlib:uncompress(<<Z/binary, Z/binary>>) end),
            r(fun() -> zlib:uncompress(binary:part(Z, 0, byte_size(Z) - 1)) end),
            r(fun() -> zlib:uncompress(<<1, 2, 3, 4, 5, 6, 7, 8, 9>>) end),
            r(fun() -> zlib:uncompress(<<1, 2, 3>>) end),
            r(fun() -> zlib:uncompress([Z]) end),
            r(fun() -> zlib:unzip(<<Zip/binary, 1, 2, 3>>) end),
            r(fun() -> zlib:unzip(<<255, 255>>) end),
            r(fun() -> zlib:unzip(<<>>) end),
            r(fun() -> zlib:gunzip(<<G/binary, G/binary>>) end),
            r(fun() -> zlib:gunzip(<<G/binary, "x">>) end),
            r(fun() -> zlib:gunzip(<<"abc">>) end),
            r(fun() -> zlib:gunzip(<<>>) end),
            r(fun() -> zlib:gunzip(binary:part(G, 0, byte_size(G) - 1)) end),
            r(fun() -> <<H:10/binary, Rest/binary>> = G,
                       zlib:gunzip(<<H:3/binary, 8, (binary:part(H, 4, 6))/binary, "name", 0, Rest/binary>>) end),
            r(fun() -> zlib:compress(foo) end),
            r(fun() -> zlib:zip([1, <<2>> | 3]) end),
            r(fun() -> zlib:uncompress(foo) end),
            r(fun() -> zlib:gunzip(<<1:3>>) end)],
    {Compressed, Back, Edge}.

r(F) ->
    try {ok, F()} catch C:R -> {C, R} end.
