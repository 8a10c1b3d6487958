-module(funs_recursion_deep).
-export([start/0]).

%% Recursion through funs: a fun calling itself via a named fun 100000 deep (non-tail, so
%% the stack grows), mutual recursion between two funs held in a tuple, and a trampoline.

start() ->
    Sum = fun S(0) -> 0; S(N) -> N + S(N - 1) end,
    Even = fun(Self, Odd, 0) -> {true, Self, Odd}; (Self, Odd, N) -> Odd(Odd, Self, N - 1) end,
    Odd = fun(_Self, _Even, 0) -> false; (Self, Even2, N) -> Even2(Even2, Self, N - 1) end,
    Tramp = trampoline(fun() -> count(100000, 0) end),
    {Sum(100000), element(1, Even(Even, Odd, 1000)), Odd(Odd, Even, 1001), Tramp}.

count(0, Acc) -> {done, Acc};
count(N, Acc) -> fun() -> count(N - 1, Acc + N) end.

trampoline(F) ->
    case F() of
        {done, V} -> V;
        G -> trampoline(G)
    end.
