-module(bitsyntax_comprehensions).
-export([start/0]).

%% Binary comprehensions (bs_init_writable and private appends): from lists and from
%% binaries, with filters, unaligned element sizes, nested generators, and mixing with
%% list comprehensions over binary generators.

start() ->
    A = << <<X>> || X <- lists:seq(1, 10) >>,
    B = << <<X:4>> || X <- lists:seq(0, 15) >>,
    C = << <<X:3>> || X <- [1, 2, 3, 4, 5] >>,
    D = << <<(X * 2)>> || <<X>> <= <<1, 2, 3>> >>,
    E = << <<Y:8, X:8>> || <<X:8, Y:8>> <= <<"abcdef">> >>,
    F = << <<X>> || <<X>> <= <<"hello world">>, X =/= $o >>,
    G = << <<X, Y>> || X <- [1, 2], Y <- [a_byte(3), a_byte(4)] >>,
    H = [X || <<X:12>> <= <<1, 2, 3, 4, 5, 6>>],
    I = << <<Ch/utf8>> || Ch <- [$a, 233, 16#20AC] >>,
    J = << <<B2/binary, ",">> || B2 <- [<<"x">>, <<"yy">>, <<>>] >>,
    K = << <<X:1>> || <<X:1>> <= <<2#10101100:8>>, X =:= 1 >>,
    L = << <<(byte_size(Bin)):8, Bin/binary>> || Bin <- [<<"ab">>, <<"cde">>] >>,
    Big = byte_size(<< <<X:16>> || X <- lists:seq(1, 5000) >>),
    Upper = << <<(if X >= $a, X =< $z -> X - 32; true -> X end)>> || <<X>> <= <<"Mixed Case 123">> >>,
    Leftover = [X || <<X:3>> <= <<255, 1:2>>],
    {A, B, C, D, E, F, G, H, I, J, K, L, Big, Upper, Leftover}.

a_byte(X) -> X.
