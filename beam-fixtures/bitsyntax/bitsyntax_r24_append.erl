%% ERLC_OPTS: +r24
-module(bitsyntax_r24_append).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Compiled with +r24: `<<Acc/binary, ...>>` is bs_append (Acc used again) or
%% bs_private_append, as in the packaged Elixir beams. Appending may extend Acc's buffer in
%% place; every older reference must keep seeing its own bytes, and shared buffers must
%% never change.

start() ->
    Big = byte_loop(id(<<>>), 0, 20000),
    Words = word_loop(id(<<"head">>), 1, 3000),
    {Forks, Older} = forks(),
    Shared = shared_then_appended(),
    Subs = sub_binary_base(),
    SelfDoubled = self_doubling(id(<<"ab">>), 12),
    Crossing = [byte_size(crossing(N)) || N <- [60, 63, 64, 65, 200]],
    Bits = bits_after_bytes(id(<<1, 2, 3>>)),
    Zero = zero_extra(id(<<"nothing added">>)),
    Errs = [?T(append_to(id(atom))), ?T(append_to(id(<<1:3>>))), ?T(append_to(id(-1))),
            ?T(unit16(id(<<1, 2, 3>>))), unit16(id(<<1, 2, 3, 4>>))],
    Private = private_loop(lists:seq(1, 5000), <<>>),
    {byte_size(Big), erlang:crc32(Big), binary:part(Big, 19990, 10),
     byte_size(Words), erlang:crc32(Words),
     Forks, Older, Shared, Subs,
     byte_size(SelfDoubled), erlang:crc32(SelfDoubled),
     Crossing, Bits, Zero, Errs,
     byte_size(Private), erlang:crc32(Private)}.

%% One byte at a time: the accumulator is used again afterwards (bs_append).
byte_loop(Acc, N, N) -> Acc;
byte_loop(Acc, I, N) ->
    Next = <<Acc/binary, (I rem 251):8>>,
    byte_loop(Next, I + 1, N).

word_loop(Acc, N, N) -> Acc;
word_loop(Acc, I, N) ->
    word_loop(<<Acc/binary, I:32/little, "-", (integer_to_binary(I))/binary>>, I + 1, N).

%% Appending twice to the same value, and to an older value after a newer one grew the
%% buffer: each result has its own bytes, and the older values are unchanged.
forks() ->
    Base = byte_loop(id(<<>>), 0, 300),
    A = <<Base/binary, "first">>,
    B = <<Base/binary, "second">>,
    C = <<A/binary, "third">>,
    D = <<Base/binary, (binary:copy(<<"x">>, 500))/binary>>,
    E = <<A/binary, "again">>,
    Forks = [{byte_size(X), binary:part(X, 295, byte_size(X) - 295)}
             || X <- [A, B, C, E]] ++ [{byte_size(D), erlang:crc32(D)}],
    Older = {byte_size(Base), erlang:crc32(Base), binary:part(Base, 290, 10)},
    {Forks, Older}.

%% A binary sent to another process (so shared) and appended to afterwards: the copy the
%% other process holds does not change.
shared_then_appended() ->
    Bin = byte_loop(id(<<"shared:">>), 0, 1000),
    Self = self(),
    Pid = spawn(fun() ->
                        receive {go, B} ->
                                receive check -> Self ! {held, byte_size(B), erlang:crc32(B)} end
                        end
                end),
    Pid ! {go, Bin},
    Grown = word_loop(Bin, 1, 200),
    Pid ! check,
    Held = receive {held, S, C} -> {S, C} after 5000 -> timeout end,
    {Held, {byte_size(Bin), erlang:crc32(Bin)}, byte_size(Grown), erlang:crc32(Grown)}.

%% The base is a sub-binary of a larger binary: appending never writes into the original.
sub_binary_base() ->
    Orig = byte_loop(id(<<>>), 0, 500),
    <<_:100/binary, Rest/binary>> = Orig,
    <<Front:200/binary, _/binary>> = Orig,
    R2 = <<Rest/binary, "tail">>,
    F2 = <<Front/binary, "tail">>,
    F3 = <<F2/binary, "more">>,
    {byte_size(R2), binary:part(R2, 396, 8), byte_size(F2), binary:part(F2, 196, 8),
     byte_size(F3), erlang:crc32(Orig), byte_size(Orig)}.

self_doubling(Acc, 0) -> Acc;
self_doubling(Acc, N) -> self_doubling(<<Acc/binary, Acc/binary>>, N - 1).

%% From a heap binary to an off-heap one.
crossing(N) ->
    Small = binary:copy(<<"s">>, N - 1),
    <<Small/binary, "!">>.

bits_after_bytes(B) ->
    B1 = <<B/binary, 5:3>>,
    B2 = <<B1/bits, 1:5>>,
    B3 = <<B2/binary, "ok">>,
    {B1, B2, B3, bit_size(B1)}.

zero_extra(B) ->
    E = <<>>,
    Z = <<B/binary, E/binary>>,
    {Z, Z =:= B}.

append_to(X) -> <<X/binary, 1>>.

unit16(X) -> <<X/binary-unit:16, 1:16>>.

%% The accumulator is only used once: bs_private_append.
private_loop([], Acc) -> Acc;
private_loop([H | T], Acc) -> private_loop(T, <<Acc/binary, H:16>>).

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
