-module(funs_higher_order).
-export([start/0]).

%% Higher-order programming without library help: map/fold/filter written with funs, a
%% fixed-point combinator, memoisation through the process dictionary, continuation-passing
%% style, and church numerals.

start() ->
    Y = fun(F) -> (fun(X) -> F(fun(V) -> (X(X))(V) end) end)(fun(X) -> F(fun(V) -> (X(X))(V) end) end) end,
    FactGen = fun(Self) -> fun(0) -> 1; (N) -> N * Self(N - 1) end end,
    Fact = Y(FactGen),
    Cps = cps_fact(20, fun(R) -> {done, R} end),
    Church = [to_int(church(N)) || N <- [0, 1, 5, 10]],
    Add = to_int(add(church(3), church(4))),
    Mul = to_int(mul(church(3), church(4))),
    Memo = [memo_fib(N) || N <- [10, 50, 90]],
    Pipeline = pipe(5, [fun(X) -> X * 3 end, fun(X) -> X - 1 end, fun integer_to_list/1, fun list_to_binary/1]),
    Partial = [(partial(fun(A, B, C) -> A * 100 + B * 10 + C end, [1, 2]))(Z) || Z <- [3, 4]],
    Flip = (flip(fun(A, B) -> A - B end))(1, 10),
    Iterate = iterate(fun(X) -> X * 2 end, 1, 10),
    {Fact(20), Cps, Church, Add, Mul, Memo, Pipeline, Partial, Flip, Iterate}.

cps_fact(0, K) -> K(1);
cps_fact(N, K) -> cps_fact(N - 1, fun(R) -> K(N * R) end).

church(0) -> fun(_F) -> fun(X) -> X end end;
church(N) -> fun(F) -> fun(X) -> F(((church(N - 1))(F))(X)) end end.

to_int(C) -> (C(fun(X) -> X + 1 end))(0).

add(A, B) -> fun(F) -> fun(X) -> (A(F))((B(F))(X)) end end.
mul(A, B) -> fun(F) -> A(B(F)) end.

memo_fib(N) when N < 2 -> N;
memo_fib(N) ->
    case get({fib, N}) of
        undefined -> V = memo_fib(N - 1) + memo_fib(N - 2), put({fib, N}, V), V;
        V -> V
    end.

pipe(X, Fs) -> lists:foldl(fun(F, Acc) -> F(Acc) end, X, Fs).

partial(F, [A, B]) -> fun(C) -> F(A, B, C) end.

flip(F) -> fun(A, B) -> F(B, A) end.

iterate(_, X, 0) -> [X];
iterate(F, X, N) -> [X | iterate(F, F(X), N - 1)].
