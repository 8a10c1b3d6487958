%% ERLC_OPTS: +r24
-module(bitsyntax_r24_comprehension).
-export([start/0]).

%% Binary comprehensions and accumulating loops compiled as OTP 24 code (+r24), which
%% build with bs_init_writable/bs_private_append/bs_append instead of bs_create_bin.

start() ->
    A = << <<X:8>> || X <- lists:seq(1, 20) >>,
    B = << <<(X * 2):5>> || <<X:3>> <= <<2#101010111:9>> >>,
    C = << <<C1/utf8>> || C1 <- [$x, 233, 16#1F600] >>,
    D = acc(lists:seq(1, 100), <<>>),
    E = << <<Bin/binary, "|">> || Bin <- [<<"a">>, <<"bc">>] >>,
    F = << <<X:N>> || {X, N} <- [{1, 1}, {2, 2}, {3, 3}, {4, 4}] >>,
    {A, B, C, byte_size(D), erlang:md5(D), E, F}.

acc([], Bin) -> Bin;
acc([H | T], Bin) -> acc(T, <<Bin/binary, H:16/little>>).
