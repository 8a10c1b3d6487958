-module(exceptions_rethrow_chain).
-export([start/0]).

%% Exceptions caught and rethrown through several layers with added context, class changes
%% (error turned into throw, throw into exit), and the final reason that reaches the top.

start() ->
    [run(F) || F <- [fun() -> layer1(fun() -> error(disk_full) end) end,
                     fun() -> layer1(fun() -> throw(retry) end) end,
                     fun() -> layer1(fun() -> exit(killed) end) end,
                     fun() -> layer1(fun() -> ok end) end]].

run(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

layer1(F) -> try layer2(F) catch throw:R -> exit({layer1, R}) end.
layer2(F) -> try layer3(F) catch error:R -> throw({layer2, R}) end.
layer3(F) -> try F() catch exit:R -> error({layer3, R}) end.
