-module(bignum_mul_sizes).
-export([start/0]).

%% Products of bignums of 1 to 40 limbs with each other (schoolbook and any faster method
%% must agree): digests of the products and a few exact values; squares vs products.

start() ->
    Nums = [num(L) || L <- [1, 2, 3, 5, 8, 13, 21, 40]],
    Products = [[erlang:phash2(A * B) || B <- Nums] || A <- Nums],
    Squares = [A * A =:= A * (A + 0) || A <- Nums],
    Exact = [hd(Nums) * lists:nth(2, Nums), lists:nth(3, Nums) * -lists:nth(2, Nums)],
    Big = erlang:md5(integer_to_binary(lists:last(Nums) * lists:last(Nums))),
    Assoc = (lists:nth(4, Nums) * lists:nth(5, Nums)) * lists:nth(6, Nums) =:= lists:nth(4, Nums) * (lists:nth(5, Nums) * lists:nth(6, Nums)),
    {Products, Squares, Exact, Big, Assoc}.

%% A number with L 64-bit limbs, all bits pseudo-random.
num(L) -> num(L, 16#9E3779B97F4A7C15, 0).
num(0, _, Acc) -> Acc;
num(L, S, Acc) -> S2 = (S * 6364136223846793005 + 1442695040888963407) band 16#FFFFFFFFFFFFFFFF, num(L - 1, S2, (Acc bsl 64) bor S2).
