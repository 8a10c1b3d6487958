%% Benchmark: naive reverse of a 500-element list (list construction, append, GC).
-module(bench_nrev).
-export([quick/0, run/0, run/1]).

run() -> run(1150).

%% A tiny size, for `beamos bench --check`.
quick() -> run(10).

run(Times) -> loop(Times, lists:seq(1, 500), 0).

loop(0, _, Acc) -> Acc;
loop(N, L, Acc) -> [H | _] = nrev(L), loop(N - 1, L, Acc + H).

nrev([]) -> [];
nrev([H | T]) -> app(nrev(T), [H]).

app([], L) -> L;
app([H | T], L) -> [H | app(T, L)].
