-module(compare_lists_deep).
-export([start/0]).

%% Lists compare element by element, recursively; a proper list is greater than any of
%% its prefixes; improper tails compare by term order. Long and deep lists included.

start() ->
    Ls = [[], [1], [1, 2], [1, 2, 3], [1, 3], [2], [1 | 2], [1, 2 | 3], [[1]], [[]], [[[]]], [a], "a", "ab", [1.0],
          [1 | a], [1, {}], [1, #{}]],
    Matrix = [[rel(A, B) || B <- Ls] || A <- Ls],
    Long = [lists:seq(1, 10000) < lists:seq(1, 10001), lists:seq(1, 10000) < (lists:seq(1, 9999) ++ [10001]),
            lists:duplicate(5000, a) == lists:duplicate(5000, a)],
    Deep = [nest(200, x) < nest(200, y), nest(100, x) < nest(101, x), nest(300, 1) == nest(300, 1.0)],
    {Matrix, Long, Deep}.

nest(0, X) -> X;
nest(N, X) -> [nest(N - 1, X)].

rel(A, B) when A < B -> $<;
rel(A, B) when A > B -> $>;
rel(A, B) when A =:= B -> $=;
rel(_, _) -> $~.
