-module(bitsyntax_match_context).
-export([start/0]).

%% Passing partially matched binaries between functions (match contexts handed to callees,
%% returned tails, re-matching a tail from its start), and matching the same binary twice.

start() ->
    Msg = <<3, "abc", 2, "de", 0, 5:4, 10:4, "tail">>,
    {S1, R1} = str(Msg),
    {S2, R2} = str(R1),
    {S3, R3} = str(R2),
    <<Hi:4, Lo:4, Rest/binary>> = R3,
    Again = str(Msg),
    Header = header(Msg),
    Chain = chain(Msg, []),
    {[S1, S2, S3], {Hi, Lo, Rest}, Again, Header, Chain}.

str(<<N, S:N/binary, Rest/binary>>) -> {S, Rest}.

header(<<N, _/binary>> = B) -> {N, byte_size(B), binary:first(B)}.

chain(<<0, Rest/binary>>, Acc) -> {lists:reverse(Acc), Rest};
chain(B, Acc) -> {S, R} = str(B), chain(R, [S | Acc]).
