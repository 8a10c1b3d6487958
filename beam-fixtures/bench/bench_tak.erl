%% Benchmark: the Takeuchi function (deep non-tail recursion, comparisons), repeated.
-module(bench_tak).
-export([quick/0, run/0, run/1]).

run() -> run(62).

%% A tiny size, for `beamos bench --check`.
quick() -> run(1).

run(Times) -> lists:sum([tak(24, 16, 8) || _ <- lists:seq(1, Times)]).

tak(X, Y, Z) when Y < X -> tak(tak(X - 1, Y, Z), tak(Y - 1, Z, X), tak(Z - 1, X, Y));
tak(_, _, Z) -> Z.
