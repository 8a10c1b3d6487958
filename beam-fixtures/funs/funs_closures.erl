-module(funs_closures).
-export([start/0]).

%% Closures: captured variables of every type, funs returning funs, recursion through a
%% fun passed to itself, composition, currying, and funs stored in data structures.

start() ->
    Adders = [make_adder(N) || N <- [1, 10, 1 bsl 64, -0.5]],
    Applied = [F(100) || F <- Adders],
    Compose = compose([fun(X) -> X + 1 end, fun(X) -> X * 2 end, fun(X) -> X - 3 end]),
    Curried = ((curry3(fun(A, B, C) -> {A, B, C} end))(a))(b),
    Fact = fun(_F, 0) -> 1; (F, N) -> N * F(F, N - 1) end,
    Capture = capture_all(42, 3.5, atom, "str", <<"bin">>, {t, 1}, #{k => v}, [1 | 2]),
    Counter = counter_loop(make_counter(0), 5, []),
    Table = #{double => fun(X) -> 2 * X end, square => fun(X) -> X * X end, neg => fun erlang:'-'/1},
    FromTable = [{K, (maps:get(K, Table))(7)} || K <- [double, neg, square]],
    Folded = lists:foldl(fun(F, Acc) -> F(Acc) end, 1, [fun(X) -> X + Y end || Y <- lists:seq(1, 10)]),
    Nested = (fun(X) -> fun(Y) -> fun(Z) -> X * 100 + Y * 10 + Z end end end)(1),
    Shadow = shadow(5),
    Named = (fun Loop(0, Acc) -> Acc; Loop(N, Acc) -> Loop(N - 1, [N | Acc]) end)(5, []),
    {Applied, Compose(10), Curried(c), Fact(Fact, 20), Capture(), Counter, FromTable, Folded,
     (Nested(2))(3), Shadow, Named}.

make_adder(N) -> fun(X) -> X + N end.

compose(Fs) -> lists:foldl(fun(F, Acc) -> fun(X) -> F(Acc(X)) end end, fun(X) -> X end, Fs).

curry3(F) -> fun(A) -> fun(B) -> fun(C) -> F(A, B, C) end end end.

capture_all(I, F, A, S, B, T, M, L) -> fun() -> [I, F, A, S, B, T, M, L] end.

make_counter(N) -> {N, fun() -> make_counter(N + 1) end}.

counter_loop(_, 0, Acc) -> lists:reverse(Acc);
counter_loop({N, Next}, K, Acc) -> counter_loop(Next(), K - 1, [N | Acc]).

shadow(X) ->
    F = fun(X1) -> X1 * 2 end,
    G = fun(Y) -> X + Y end,
    {F(X), G(X), [fun(X2) -> X2 end(I) || I <- [X, X + 1]]}.
