-module(otp_base64_binary).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% base64 (encode/decode, strings and binaries, MIME decoding that skips junk, errors) and
%% the Erlang-implemented parts of the real binary module (split/replace with options).

start() ->
    Inputs = [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<"fooba">>, <<"foobar">>, <<0, 255, 128, 1>>,
              list_to_binary(lists:seq(0, 255))],
    Enc = [base64:encode(I) || I <- Inputs],
    EncStr = [base64:encode_to_string(I) || I <- lists:sublist(Inputs, 7)],
    Dec = [base64:decode(E) =:= I || {E, I} <- lists:zip(Enc, Inputs)],
    DecStr = [base64:decode_to_string("Zm9vYmFy"), base64:decode("Zm9v"), base64:mime_decode(<<"Zm9v\r\nYmFy">>),
              base64:mime_decode(<<"Zm9v!!YmFy">>), base64:mime_decode_to_string("Zm 9v")],
    Errs = [?T(base64:decode(<<"Zm9">>)), ?T(base64:decode(<<"Zm9v!">>)), ?T(base64:decode(<<"Z===">>)), ?T(base64:encode(a))],
    Bin = [binary:split(<<"a b  c">>, <<" ">>, [global, trim_all]), binary:replace(<<"x.y.z">>, <<".">>, <<"::">>, [global]),
           binary:replace(<<"abc">>, [<<"a">>, <<"c">>], <<"[]">>, [global, {insert_replaced, 1}]),
           binary:split(<<"k=v;k2=v2">>, [<<"=">>, <<";">>], [global]), binary:encode_hex(<<1, 171, 255>>),
           binary:decode_hex(<<"01abFF">>), ?T(binary:decode_hex(<<"0">>)), binary:encode_hex(<<>>)],
    {Enc, EncStr, Dec, DecStr, Errs, Bin}.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
