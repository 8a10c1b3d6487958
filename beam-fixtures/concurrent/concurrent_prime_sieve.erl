%% The concurrent prime sieve: a chain of filter processes, one per prime found so far;
%% numbers flow through the chain and each new prime grows it by one process.
-module(concurrent_prime_sieve).
-export([start/0]).
-include("../include/fixture_procs.hrl").

%% A filter for prime P; Next is the rest of the chain (or none yet).
filter(P, Next, Collector) ->
    receive
        {n, N} when N rem P =:= 0 -> filter(P, Next, Collector);
        {n, N} when Next =:= none ->
            Collector ! {prime, N},
            NewNext = spawn(fun() -> filter(N, none, Collector) end),
            filter(P, NewNext, Collector);
        {n, N} -> Next ! {n, N}, filter(P, Next, Collector);
        {done, From} when Next =:= none -> From ! chain_done;
        {done, From} -> Next ! {done, From}
    end.

collect(Acc) ->
    receive
        {prime, P} -> collect([P | Acc]);
        chain_done -> lists:reverse(Acc)
    end.

run() ->
    Self = self(),
    Head = spawn(fun() -> filter(2, none, Self) end),
    [Head ! {n, N} || N <- lists:seq(3, 3000)],
    Head ! {done, Self},
    Primes = [2 | collect([])],
    {length(Primes), lists:sublist(Primes, 10), lists:last(Primes), lists:sum(Primes)}.

start() ->
    isolated(fun run/0).
