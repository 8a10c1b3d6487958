-module(exceptions_badarg_sources).
-export([start/0]).

%% Which operations raise badarg versus badarith versus function_clause versus a more
%% specific error for the same wrong argument (an atom where a number is expected), across
%% operators, BIFs and library functions.

start() ->
    X = id(an_atom),
    Ops = [fun() -> X + 1 end, fun() -> abs(X) end, fun() -> float(X) end, fun() -> integer_to_list(X) end,
           fun() -> X band 1 end, fun() -> -X end, fun() -> math:sqrt(X) end, fun() -> lists:seq(1, X) end,
           fun() -> lists:nth(X, [a]) end, fun() -> element(X, {a}) end, fun() -> <<X:8>> end, fun() -> binary_part(<<>>, X, 0) end,
           fun() -> trunc(X) end, fun() -> round(X) end, fun() -> X div 2 end, fun() -> list_to_tuple(X) end,
           fun() -> tuple_size(X) end, fun() -> maps:get(a, X) end, fun() -> X ++ [] end, fun() -> length(X) end],
    [try F() catch C:R -> {C, R} end || F <- Ops].

id(V) -> V.
