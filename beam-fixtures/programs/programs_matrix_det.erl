-module(programs_matrix_det).
-export([start/0]).

%% Exact rational arithmetic (numerator/denominator pairs with gcd normalisation) used for
%% Gaussian elimination: determinants and inverses of small integer matrices, compared
%% with cofactor expansion.

start() ->
    Ms = [[[2, 1], [7, 4]], [[1, 2, 3], [4, 5, 6], [7, 8, 10]], [[0, 1, 2], [1, 0, 3], [4, -3, 8]],
          [[1, 2], [2, 4]], [[3, 0, 0, 0], [0, 5, 0, 0], [0, 0, 7, 0], [1, 2, 3, 11]]],
    [{det_cofactor(M), det_gauss(M)} || M <- Ms].

det_cofactor([[A]]) -> A;
det_cofactor([Row | Rest]) ->
    lists:sum([sign(J) * X * det_cofactor([drop(J, R) || R <- Rest]) || {J, X} <- lists:enumerate(Row)]).

sign(J) -> if J rem 2 =:= 1 -> 1; true -> -1 end.
drop(J, R) -> {A, [_ | B]} = lists:split(J - 1, R), A ++ B.

det_gauss(M) -> gauss([[{X, 1} || X <- R] || R <- M], {1, 1}).

gauss([], Acc) -> norm(Acc);
gauss(Rows, Acc) ->
    case lists:splitwith(fun([{N, _} | _]) -> N =:= 0 end, Rows) of
        {_, []} -> {0, 1};
        {Zeros, [Pivot | Others]} ->
            Swaps = length(Zeros),
            [P | PRest] = Pivot,
            Reduced = [eliminate(P, PRest, R) || R <- Zeros ++ Others],
            Acc2 = mul(Acc, P),
            gauss(Reduced, if Swaps rem 2 =:= 1 -> mul(Acc2, {-1, 1}); true -> Acc2 end)
    end.

eliminate(P, PRest, [X | Rest]) ->
    F = divide(X, P),
    [sub(Y, mul(F, Py)) || {Y, Py} <- lists:zip(Rest, PRest)].

mul({A, B}, {C, D}) -> norm({A * C, B * D}).
divide({A, B}, {C, D}) -> norm({A * D, B * C}).
sub({A, B}, {C, D}) -> norm({A * D - C * B, B * D}).
norm({0, _}) -> {0, 1};
norm({A, B}) -> G = gcd(abs(A), abs(B)), S = if B < 0 -> -1; true -> 1 end, {S * A div G, S * B div G}.
gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).
