%% max_heap_size: a process whose heap grows past the limit is killed (reason killed, as seen by
%% monitors and links) when kill is true, and survives when it is false. error_logger is false
%% here: the report it would print goes to the logger (stdout), with pids and timestamps.
-module(processes_max_heap_size).
-export([start/0]).
-include("../include/fixture_procs.hrl").

grow(N) -> grow(N, []).
grow(0, Acc) -> length(Acc);
grow(N, Acc) -> grow(N - 1, [N | Acc]).

start() ->
    isolated(fun run/0).

run() ->
    Self = self(),
    Limit = #{size => 2000, kill => true, error_logger => false},
    {P1, R1} = spawn_opt(fun() -> Self ! {len, grow(100000)} end,
                         [monitor, {max_heap_size, Limit}]),
    D1 = receive {'DOWN', R1, process, P1, W1} -> W1 end,
    G1 = receive {len, L1} -> L1 after 0 -> no_result end,
    %% Small enough: runs to the end.
    {P2, R2} = spawn_opt(fun() -> Self ! {len, grow(100)} end,
                         [monitor, {max_heap_size, Limit}]),
    D2 = receive {'DOWN', R2, process, P2, W2} -> W2 end,
    G2 = receive {len, L2} -> L2 after 0 -> no_result end,
    %% kill => false: grows past the limit and finishes.
    {P3, R3} = spawn_opt(fun() -> Self ! {len, grow(100000)} end,
                         [monitor, {max_heap_size, Limit#{kill => false}}]),
    D3 = receive {'DOWN', R3, process, P3, W3} -> W3 end,
    G3 = receive {len, L3} -> L3 after 0 -> no_result end,
    %% A linked, trapping parent gets {'EXIT', P, killed}.
    Trapper = spawn(fun() ->
                            process_flag(trap_exit, true),
                            P = spawn_opt(fun() -> grow(100000) end,
                                          [link, {max_heap_size, Limit}]),
                            Self ! {trapped, receive {'EXIT', P, W} -> W end}
                    end),
    T4 = receive {trapped, W4} -> W4 end,
    await_exit(Trapper),
    %% A bare integer size means kill => true, error_logger => true: report the setting only.
    P5 = spawn_opt(fun() -> receive stop -> ok end end, [{max_heap_size, 5000}]),
    {max_heap_size, M5} = process_info(P5, max_heap_size),
    P5 ! stop,
    await_exit(P5),
    %% process_flag(max_heap_size, ...) returns the old setting.
    Old = process_flag(max_heap_size, #{size => 1000000, kill => false, error_logger => false}),
    New = process_info(self(), max_heap_size),
    Reset = process_flag(max_heap_size, 0),
    Zero = process_info(self(), max_heap_size),
    Bad = [catching(fun() -> spawn_opt(fun() -> ok end, [{max_heap_size, id(-5)}]) end),
           catching(fun() -> spawn_opt(fun() -> ok end, [{max_heap_size, id(#{kill => true})}]) end),
           catching(fun() -> spawn_opt(fun() -> ok end, [{max_heap_size, id(#{size => 10, bad => 1})}]) end),
           catching(fun() -> process_flag(max_heap_size, id(foo)) end)],
    {D1, G1, D2, G2, D3, G3, T4, M5, Old, New, Reset, Zero, Bad}.
