-module(elixir_base_bitwise).
-export([start/0]).

%% Elixir's Base (hex, base32 and base64 in several alphabets, with and without padding,
%% case options and decode errors) and Bitwise as plain functions. Base is compiled from
%% heavy binary-construction code, so it exercises the OTP 24 bs_* instructions.

start() ->
    B = 'Elixir.Base',
    Data = [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foobar">>, <<0, 255, 127, 128>>, list_to_binary(lists:seq(0, 40))],
    Enc = [{B:encode16(D), B:encode16(D, [{'case', lower}]), B:encode32(D), B:encode32(D, [{padding, false}]), B:hex_encode32(D),
            B:encode64(D), B:url_encode64(D), B:url_encode64(D, [{padding, false}])} || D <- Data],
    Dec = [B:decode16(<<"666F6F">>), B:decode16(<<"666f6f">>, [{'case', lower}]), B:decode16(<<"zz">>), B:decode32(<<"MZXW6===">>),
           B:decode64(<<"Zm9vYmFy">>), B:decode64(<<"Zm9vYg">>, [{padding, false}]), B:decode64(<<"!!">>), B:url_decode64(<<"_-8">>, [{padding, false}]),
           catching(fun() -> B:'decode16!'(<<"0">>) end)],
    W = 'Elixir.Bitwise',
    Bits = [W:'band'(12, 10), W:'bor'(12, 10), W:'bxor'(12, 10), W:'bnot'(5), W:'bsl'(1, 70), W:'bsr'(-1024, 3)],
    {Enc, Dec, Bits}.

catching(F) ->
    try F() catch error:#{'__struct__' := M} -> {raised, M} end.
