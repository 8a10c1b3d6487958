%% Benchmark: naive doubly recursive Fibonacci (calls, small integer arithmetic).
-module(bench_fib).
-export([quick/0, run/0, run/1]).

run() -> run(39).

%% A tiny size, for `beamos bench --check`.
quick() -> run(18).

run(N) -> fib(N).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
