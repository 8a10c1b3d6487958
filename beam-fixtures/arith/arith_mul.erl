-module(arith_mul).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Multiplication across the small/big boundary, sign combinations and mixed int/float.

values() ->
    [0, 1, -1, 2, -2, 3, 10, -10, 255, 65536, 16#FFFFFFFF, 1 bsl 29, -(1 bsl 29), 1 bsl 30,
     (1 bsl 59) - 1, 1 bsl 59, -(1 bsl 59), (1 bsl 60) - 1, -(1 bsl 60),
     (1 bsl 63) - 1, -(1 bsl 63), 1 bsl 64, 12345678901234567890123, -98765432109876543210].

start() ->
    V = id(values()),
    Mul = [A * B || A <- V, B <- V],
    %% Multiplying by literals takes the immediate-operand path in many VMs.
    Lit = [{A * 2, A * -1, A * 0, 3 * A, A * 1000000007, A * (1 bsl 40)} || A <- V],
    Squares = [A * A || A <- V],
    Commutes = lists:all(fun({A, B}) -> A * B =:= B * A end, [{A, B} || A <- V, B <- V]),
    Floats = [?T(A * F) || A <- [0, 1, -1, 3, 1 bsl 59, 1 bsl 64], F <- [0.5, -0.0, 2.0, 1.0e300, -1.5]],
    Errs = [?T(id(2) * id(x)), ?T(id(1.0e200) * 1.0e200), ?T(id(-1.0e200) * 1.0e200),
            ?T(id(1 bsl 1100) * 1.0), ?T(id({1}) * 2), ?T(id(0.0) * id(nan))],
    Chain = chain(1, 1, []),
    {Mul, Lit, Squares, Commutes, Floats, Errs, Chain}.

%% Repeated multiplication by 3 crossing 2^59, 2^64 and 2^128, with the exact boundary tests.
chain(N, _X, Acc) when N > 90 -> lists:reverse(Acc);
chain(N, X, Acc) ->
    Next = X * 3,
    chain(N + 1, Next, [{N, Next, Next > (1 bsl 59), Next > (1 bsl 64), Next rem 1000}|Acc]).

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
