-module(pdict_state_machine).
-export([start/0]).

%% The process dictionary as mutable state: counters, a memo table, a stack, and values of
%% every type stored and read back; put/2 returning previous values throughout.

start() ->
    Words = [the, quick, the, lazy, dog, the, quick],
    [incr({count, W}) || W <- Words],
    Counts = lists:sort([{W, get({count, W})} || W <- lists:usort(Words)]),
    Fibs = [fib(N) || N <- [10, 40, 80]],
    MemoSize = length([K || {{fib, _} = K, _} <- get()]),
    push(1), push(2), push(3),
    Popped = [pop(), pop()],
    Stack = get(stack),
    Values = [1 bsl 100, 1.5, <<"bin">>, "str", {t}, #{m => 1}, fun lists:sum/1, [], self_is_not_stored],
    Stored = [put({value, I}, V) || {I, V} <- lists:enumerate(Values)],
    Read = [get({value, I}) =:= V || {I, V} <- lists:enumerate(Values)],
    Replaced = [put({value, 1}, replaced), put({value, 1}, again)],
    {Counts, Fibs, MemoSize, Popped, Stack, Stored, Read, Replaced}.

incr(K) -> put(K, case get(K) of undefined -> 1; N -> N + 1 end).

fib(N) when N < 2 -> N;
fib(N) ->
    case get({fib, N}) of
        undefined -> V = fib(N - 1) + fib(N - 2), put({fib, N}, V), V;
        V -> V
    end.

push(X) -> put(stack, [X | case get(stack) of undefined -> []; S -> S end]).
pop() -> [X | Rest] = get(stack), put(stack, Rest), X.
