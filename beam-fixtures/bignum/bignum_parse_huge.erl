-module(bignum_parse_huge).
-export([start/0]).

%% Converting very large integers to and from text: thousands of digits, every base,
%% leading zeros, and round trips through lists and binaries.

start() ->
    F = fact(450),
    S = integer_to_list(F),
    Len = length(S),
    Back = list_to_integer(S) =:= F,
    Bases = [{B, length(integer_to_list(F, B)), list_to_integer(integer_to_list(F, B), B) =:= F} || B <- [2, 7, 16, 36]],
    Padded = list_to_integer(lists:duplicate(500, $0) ++ "12345"),
    Neg = list_to_integer("-" ++ S) =:= -F,
    Nines = list_to_integer(lists:duplicate(1000, $9)) + 1 =:= pow(10, 1000),
    Bin = binary_to_integer(integer_to_binary(F, 36), 36) =:= F,
    Hex = integer_to_list(pow(16, 100) - 1, 16),
    Head = lists:sublist(S, 40),
    Tail = lists:nthtail(Len - 40, S),
    Powers = [integer_to_list(pow(2, E)) || E <- [64, 128, 256, 512]],
    {Len, Back, Bases, Padded, Neg, Nines, Bin, length(Hex), lists:usort(Hex), Head, Tail, Powers}.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).
