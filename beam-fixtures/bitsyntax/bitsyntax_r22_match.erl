%% ERLC_OPTS: +r22
-module(bitsyntax_r22_match).
-export([start/0]).

%% Compiled as OTP 22 code (+r22): binary matching uses bs_start_match3 and functions use
%% allocate_zero/init and make_fun2, instructions that OTP 25's compiler no longer emits but
%% that older beams contain.

start() ->
    F = fun(X) -> X * 2 end,
    G = fun(<<A:4, B:4>>) -> {A, B} end,
    Parsed = [parse(B) || B <- [<<1, 2, 3>>, <<255, 0:4>>, <<>>, <<7, "seven">>]],
    Mapped = [F(X) || <<X>> <= <<1, 2, 3>>],
    Nibbles = [G(<<X>>) || X <- [16#AB, 16#01]],
    Loop = sum(<<1, 2, 3, 4, 5, 6, 7, 8, 9, 10>>, 0),
    Tail = tails(<<"abcd">>, []),
    {Parsed, Mapped, Nibbles, Loop, Tail}.

parse(<<N, Rest/binary>>) when N < 10 -> {small, N, Rest};
parse(<<N, R:4>>) -> {nibble, N, R};
parse(<<N, Rest/binary>>) -> {big, N, byte_size(Rest)};
parse(<<>>) -> empty.

sum(<<X, Rest/binary>>, Acc) -> sum(Rest, Acc + X);
sum(<<>>, Acc) -> Acc.

tails(<<>> = B, Acc) -> lists:reverse([B | Acc]);
tails(<<_, Rest/binary>> = B, Acc) -> tails(Rest, [B | Acc]).
