%% ERLC_OPTS: +r24
-module(bitsyntax_r24_construct).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Compiled with +r24, so binary construction uses the OTP 24 instruction family that the
%% packaged Elixir beams use: bs_init_bits, bs_put_integer/binary/float/string/utf8/utf16/utf32,
%% bs_utf8_size/bs_utf16_size, bs_add, bs_append and bs_private_append.

start() ->
    Ints = [<<X:8, X:16/little, X:3, X:29/signed>> || X <- id([0, 1, -1, 255, 1 bsl 40])],
    Mixed = [mixed(B, F) || B <- id([<<>>, <<1, 2, 3>>, <<7:3>>]), F <- id([0.5, -1.0e10])],
    Strs = [<<"literal">>, <<"lit", (id(<<"eral">>))/binary, "!">>, <<"", (id(<<>>))/binary>>],
    Utf = [utf(C) || C <- id([$a, 233, 16#20AC, 16#1F600])],
    Append = append_loop(id(<<"start">>), 20),
    Private = private_loop(lists:seq(1, 50), <<>>),
    Comp = << <<X:4>> || X <- lists:seq(0, 15) >>,
    CompUtf = << <<C/utf8>> || C <- "añ€😀" >>,
    Errs = [?T(<<(id(a)):8>>), ?T(<<(id(<<1:3>>))/binary>>), ?T(<<(id(16#D800))/utf8>>),
            ?T(<<(id(1)):(id(-8))>>), ?T(<<(id(1.5)):(id(33))/float>>), ?T(<<(id(x))/float>>)],
    Sized = [<<X:N, (id(<<9>>)):1/binary>> || N <- id([1, 8, 12, 64]), X <- id([3])],
    {Ints, Mixed, Strs, Utf, Append, Private, Comp, CompUtf, Errs, Sized}.

mixed(B, F) -> <<B/bits, F/float, F:32/float-little, (byte_size(id(<<"xy">>))):4, "s">>.

utf(C) -> <<C/utf8, C/utf16, C/utf16-little, C/utf32, C/utf32-little, "|">>.

%% <<Acc/binary, ...>> with Acc used afterwards: bs_append.
append_loop(Acc, 0) -> Acc;
append_loop(Acc, N) -> append_loop(<<Acc/bits, N:8, (N * 3):5>>, N - 1).

%% The accumulator is only used once: the compiler can use bs_private_append.
private_loop([], Acc) -> Acc;
private_loop([H | T], Acc) -> private_loop(T, <<Acc/bitstring, H:7>>).

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
