-module(bitsyntax_match_string).
-export([start/0]).

%% Matching literal strings inside binaries (bs_match_string): prefixes, infixes after
%% fixed-size fields, unaligned positions, and dispatch over many string-prefixed clauses.

start() ->
    Cmds = [<<"GET /index.html HTTP/1.1">>, <<"POST /api HTTP/1.0">>, <<"PUT /x HTTP/2">>, <<"DELETE /y">>,
            <<"GETX">>, <<"get /lower">>, <<>>, <<"HEAD / HTTP/1.1">>],
    Parsed = [request(C) || C <- Cmds],
    Infix = [infix(B) || B <- [<<1, "key=", 2>>, <<1, "kez=", 2>>, <<9, "key=">>, <<1, "key">>]],
    Unaligned = [unaligned(B) || B <- [<<1:3, "abc", 0:5>>, <<0:3, "abc", 1:5>>, <<1:3, "abd", 0:5>>]],
    Magic = [magic(B) || B <- [<<16#89, "PNG\r\n", 16#1A, "\n", 0, 0>>, <<"GIF89a", 1, 2>>, <<"GIF87a">>, <<"%PDF-1.7">>,
                               <<"PK", 3, 4>>, <<0, 0, 0>>]],
    Kv = kv(<<"a=1;bb=22;ccc=333;">>, []),
    {Parsed, Infix, Unaligned, Magic, Kv}.

request(<<"GET ", Rest/binary>>) -> {get, path(Rest)};
request(<<"POST ", Rest/binary>>) -> {post, path(Rest)};
request(<<"PUT ", Rest/binary>>) -> {put, path(Rest)};
request(<<"HEAD ", Rest/binary>>) -> {head, path(Rest)};
request(<<"DELETE ", Rest/binary>>) -> {delete, path(Rest)};
request(Other) -> {unknown, Other}.

path(B) -> case binary:split(B, <<" ">>) of [P, <<"HTTP/", V/binary>>] -> {P, V}; [P] -> {P, none} end.

infix(<<1, "key=", V>>) -> {value, V};
infix(<<_, "key=", _/binary>>) -> other_tag;
infix(_) -> no_match.

unaligned(<<1:3, "abc", _:5>>) -> one_abc;
unaligned(<<_:3, "abc", _:5>>) -> any_abc;
unaligned(_) -> none.

magic(<<16#89, "PNG\r\n", 16#1A, "\n", _/binary>>) -> png;
magic(<<"GIF8", V, "a", _/binary>>) -> {gif, V - $0};
magic(<<"%PDF-", Ver/binary>>) -> {pdf, Ver};
magic(<<"PK", 3, 4, _/binary>>) -> zip;
magic(_) -> unknown.

kv(<<>>, Acc) -> lists:reverse(Acc);
kv(Bin, Acc) ->
    [Pair, Rest] = binary:split(Bin, <<";">>),
    [K, V] = binary:split(Pair, <<"=">>),
    kv(Rest, [{K, binary_to_integer(V)} | Acc]).
