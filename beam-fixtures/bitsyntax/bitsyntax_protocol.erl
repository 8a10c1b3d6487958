-module(bitsyntax_protocol).
-export([start/0]).

%% A DNS message parser: header bit fields, counted sections, domain names with label
%% lengths and compression pointers back into the whole message, and a builder that
%% produces the same bytes again.

start() ->
    Msg = build(16#BEEF, [{<<"www.example.com">>, 1, 1}], [{<<"www.example.com">>, 1, 1, 3600, <<93, 184, 216, 34>>}]),
    Parsed = parse(Msg),
    Compressed = <<16#12, 16#34, 16#81, 16#80, 0, 1, 0, 1, 0, 0, 0, 0,
                   3, "www", 7, "example", 3, "com", 0, 0, 1, 0, 1,
                   16#C0, 12, 0, 1, 0, 1, 0, 0, 16#0E, 16#10, 0, 4, 10, 0, 0, 1>>,
    {Msg, Parsed, parse(Compressed)}.

build(Id, Questions, Answers) ->
    Header = <<Id:16, 1:1, 0:4, 0:1, 0:1, 1:1, 1:1, 0:3, 0:4, (length(Questions)):16, (length(Answers)):16, 0:16, 0:16>>,
    Qs = << <<(name(N))/binary, T:16, C:16>> || {N, T, C} <- Questions >>,
    As = << <<(name(N))/binary, T:16, C:16, Ttl:32, (byte_size(D)):16, D/binary>> || {N, T, C, Ttl, D} <- Answers >>,
    <<Header/binary, Qs/binary, As/binary>>.

name(Dotted) -> <<(<< <<(byte_size(L)), L/binary>> || L <- binary:split(Dotted, <<".">>, [global]) >>)/binary, 0>>.

parse(<<Id:16, Qr:1, Op:4, Aa:1, Tc:1, Rd:1, Ra:1, _:3, Rcode:4, QdCount:16, AnCount:16, _:16, _:16, Body/binary>> = Msg) ->
    {Qs, Rest} = questions(QdCount, Body, Msg, []),
    {As, Rest2} = answers(AnCount, Rest, Msg, []),
    #{id => Id, flags => {Qr, Op, Aa, Tc, Rd, Ra, Rcode}, questions => Qs, answers => As, rest => Rest2}.

questions(0, Rest, _, Acc) -> {lists:reverse(Acc), Rest};
questions(N, Bin, Msg, Acc) ->
    {Name, <<T:16, C:16, Rest/binary>>} = labels(Bin, Msg, []),
    questions(N - 1, Rest, Msg, [{Name, T, C} | Acc]).

answers(0, Rest, _, Acc) -> {lists:reverse(Acc), Rest};
answers(N, Bin, Msg, Acc) ->
    {Name, <<T:16, C:16, Ttl:32, Len:16, Data:Len/binary, Rest/binary>>} = labels(Bin, Msg, []),
    answers(N - 1, Rest, Msg, [{Name, T, C, Ttl, Data} | Acc]).

labels(<<0, Rest/binary>>, _, Acc) -> {join(lists:reverse(Acc)), Rest};
labels(<<3:2, Ptr:14, Rest/binary>>, Msg, Acc) ->
    <<_:Ptr/binary, Target/binary>> = Msg,
    {Name, _} = labels(Target, Msg, Acc),
    {Name, Rest};
labels(<<Len, Label:Len/binary, Rest/binary>>, Msg, Acc) -> labels(Rest, Msg, [Label | Acc]).

join(Labels) -> iolist_to_binary(lists:join(<<".">>, Labels)).
