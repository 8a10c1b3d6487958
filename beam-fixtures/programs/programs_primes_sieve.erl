-module(programs_primes_sieve).
-export([start/0]).

%% Prime sieves three ways (list filtering, a tuple-based sieve with setelement, a map-based
%% incremental sieve) plus prime factorisation of bignums by trial division.

start() ->
    L = list_sieve(lists:seq(2, 300)),
    T = tuple_sieve(2000),
    M = incremental(200),
    F = [{N, factor(N, 2, [])} || N <- [2, 97, 360, 1001, 65536, 999999, (1 bsl 32) + 1, 600851475143]],
    {L, length(T), lists:sublist(T, 300, 5), lists:last(T), M, F}.

list_sieve([]) -> [];
list_sieve([P | Xs]) -> [P | list_sieve([X || X <- Xs, X rem P =/= 0])].

tuple_sieve(N) ->
    T0 = erlang:make_tuple(N, true),
    T = mark(2, N, setelement(1, T0, false)),
    [I || I <- lists:seq(1, N), element(I, T)].

mark(P, N, T) when P * P > N -> T;
mark(P, N, T) ->
    case element(P, T) of
        true -> mark(P + 1, N, lists:foldl(fun(M, Acc) -> setelement(M, Acc, false) end, T, lists:seq(P * P, N, P)));
        false -> mark(P + 1, N, T)
    end.

incremental(Count) -> incremental(2, #{}, Count, []).
incremental(_, _, 0, Acc) -> lists:reverse(Acc);
incremental(N, Comp, Count, Acc) ->
    case maps:take(N, Comp) of
        error -> incremental(N + 1, Comp#{N * N => [N]}, Count - 1, [N | Acc]);
        {Ps, Comp2} -> incremental(N + 1, lists:foldl(fun(P, C) -> maps:update_with(N + P, fun(L) -> [P | L] end, [P], C) end, Comp2, Ps), Count, Acc)
    end.

factor(1, _, Acc) -> lists:reverse(Acc);
factor(N, D, Acc) when D * D > N -> lists:reverse([N | Acc]);
factor(N, D, Acc) when N rem D =:= 0 -> factor(N div D, D, [D | Acc]);
factor(N, D, Acc) -> factor(N, D + 1, Acc).
