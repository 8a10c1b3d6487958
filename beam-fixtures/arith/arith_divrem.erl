-module(arith_divrem).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% div and rem truncate toward zero; rem takes the sign of the dividend. Checked over all
%% sign combinations and across the small/big boundaries, plus float division with '/'.

values() ->
    [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 255, -256, 1000000007,
     (1 bsl 59) - 1, 1 bsl 59, -(1 bsl 59), -(1 bsl 59) - 1, 1 bsl 60, -(1 bsl 60),
     (1 bsl 63) - 1, -(1 bsl 63), 1 bsl 64, -(1 bsl 64) + 1, (1 bsl 130) + 12345,
     -(1 bsl 100) - 7].

start() ->
    V = id(values()),
    Divs = [?T(A div B) || A <- V, B <- V],
    Rems = [?T(A rem B) || A <- V, B <- V],
    %% The division identity A = (A div B) * B + A rem B for every non-zero divisor.
    Identity = lists:all(fun({A, B}) -> A =:= (A div B) * B + A rem B end,
                         [{A, B} || A <- V, B <- V, B =/= 0]),
    Lits = [{A div 2, A rem 2, A div -3, A rem -3, A div 10, A rem 10, A div (1 bsl 61)} || A <- V],
    Slash = [?T(A / B) || A <- [0, 1, -1, 7, -7, 1 bsl 64], B <- [1, -1, 2, 3, 0, 4.0, -0.0, 0.0]],
    Errs = [?T(id(1) div 0), ?T(id(1) rem 0), ?T(id(1.0) div 1), ?T(id(5) rem id(2.0)),
            ?T(id(a) div 1), ?T(id(1 bsl 70) div id(0)), ?T(id(0) / 0), ?T(id(0.0) / 0.0),
            ?T(id(1) / id(0.0))],
    %% The most negative small integer divided by -1 leaves the small range.
    Edge = [-(1 bsl 59) div -1, -(id(1 bsl 59)) div -1, (-(1 bsl 63)) div -1, -(1 bsl 63) rem -1],
    {Divs, Rems, Identity, Lits, Slash, Errs, Edge}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
