-module(programs_binarytrees).
-export([start/0]).

%% binary-trees (max depth 10): allocate and walk many short-lived trees; a GC workload
%% with exact node counts.

start() ->
    Max = 10,
    Stretch = check(make(Max + 1)),
    Long = make(Max),
    Iter = [{D, 1 bsl (Max - D + 4), lists:sum([check(make(D)) || _ <- lists:seq(1, 1 bsl (Max - D + 4))])}
            || D <- lists:seq(4, Max, 2)],
    {Stretch, Iter, check(Long)}.

make(0) -> {nil, nil};
make(D) -> {make(D - 1), make(D - 1)}.

check({nil, nil}) -> 1;
check({L, R}) -> 1 + check(L) + check(R).
