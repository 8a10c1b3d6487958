%% Benchmark: raising and catching exceptions of all classes, with and without stack
%% traces, through several frames.
-module(bench_exceptions).
-export([quick/0, run/0, run/1]).

run() -> run(600000).

%% A tiny size, for `beamos bench --check`.
quick() -> run(2000).

run(N) -> loop(N, 0).

loop(0, Acc) -> Acc;
loop(N, Acc) ->
    A = try deep(N rem 4, N) catch throw:{t, X} -> X; error:{e, X} -> X * 2; exit:{x, X} -> X * 3 end,
    %% The top frame only: the rest of the trace depends on how the VM started run/0.
    B = try erlang:error(badarg) catch error:badarg:St -> top_frame(St) end,
    C = case catch deep(1, N) of {'EXIT', {{e, Y}, _}} -> Y rem 10; V -> V end,
    loop(N - 1, (Acc + A + B + C) rem 1000000007).

top_frame([{?MODULE, loop, 2, [{file, _}, {line, L}]} | _]) when is_integer(L) -> 1;
top_frame(_) -> 0.

deep(K, N) -> deep(K, N, 3).

deep(K, N, 0) -> raise(K, N);
deep(K, N, D) -> 1 + deep(K, N, D - 1).

raise(0, N) -> throw({t, N});
raise(1, N) -> erlang:error({e, N});
raise(2, N) -> exit({x, N});
raise(3, N) -> N.
