-module(exceptions_try_loops).
-export([start/0]).

%% Exceptions used as control flow at volume: thousands of throws caught in a loop, a search
%% that escapes through throw, try inside recursion (not tail calls), and after-blocks run
%% on every iteration.

start() ->
    Caught = lists:foldl(fun(N, Acc) -> try maybe_throw(N) catch throw:{skip, _} -> Acc + 1 end end, 0, lists:seq(1, 10000)),
    Found = find_first(fun(X) -> X * X > 5000 end, lists:seq(1, 1000)),
    Depth = try_depth(200),
    put(after_count, 0),
    [try N after put(after_count, get(after_count) + 1) end || N <- lists:seq(1, 500)],
    AfterCount = erase(after_count),
    Mixed = [classify(N) || N <- lists:seq(1, 12)],
    {Caught, Found, Depth, AfterCount, Mixed}.

maybe_throw(N) when N rem 3 =:= 0 -> throw({skip, N});
maybe_throw(N) -> N.

find_first(Pred, List) ->
    try
        lists:foreach(fun(X) -> case Pred(X) of true -> throw({found, X}); false -> ok end end, List),
        not_found
    catch throw:{found, X} -> X
    end.

try_depth(0) -> 0;
try_depth(N) -> try 1 + try_depth(N - 1) catch _:_ -> error end.

classify(N) ->
    try
        if N rem 4 =:= 0 -> error({four, N});
           N rem 3 =:= 0 -> exit({three, N});
           N rem 2 =:= 0 -> throw({two, N});
           true -> N
        end
    of V -> {value, V}
    catch
        error:{four, X} -> {error, X};
        exit:{three, X} -> {exit, X};
        throw:{two, X} -> {throw, X}
    end.
