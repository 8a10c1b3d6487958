%% Not a benchmark: `beamos bench` times this to subtract each VM's start-up (starting,
%% loading a module, printing a result, halting) from the benchmarks' times.
-module(bench_empty).
-export([quick/0, run/0]).

run() -> ok.

%% As for the benchmarks: a tiny size, for `beamos bench --check`.
quick() -> ok.
