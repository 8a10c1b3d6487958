-module(programs_queue_sim).
-export([start/0]).

%% A discrete-event simulation of a bank queue with a deterministic arrival pattern,
%% using a hand-written two-list queue and a sorted event list; averages as exact
%% rationals (numerator, denominator).

start() ->
    Arrivals = [{T, T rem 5 + 1} || T <- lists:seq(0, 200, 3)],
    {Served, Waits} = simulate(Arrivals, {[], []}, 0, 0, []),
    Total = lists:sum(Waits),
    {Served, Total, length(Waits), lists:max(Waits), gcd_ratio(Total, length(Waits))}.

simulate([], {[], []}, _, Served, Waits) -> {Served, lists:reverse(Waits)};
simulate(Arr, Q, Clock, Served, Waits) ->
    case {Arr, out(Q)} of
        {[{T, Dur} | Rest], _} when T =< Clock -> simulate(Rest, in({T, Dur}, Q), Clock, Served, Waits);
        {_, {{value, {T, Dur}}, Q2}} -> simulate(Arr, Q2, Clock + Dur, Served + 1, [Clock - T | Waits]);
        {[{T, _} | _], {empty, _}} -> simulate(Arr, Q, T, Served, Waits)
    end.

in(X, {In, Out}) -> {[X | In], Out}.
out({[], []} = Q) -> {empty, Q};
out({In, []}) -> out({[], lists:reverse(In)});
out({In, [X | Out]}) -> {{value, X}, {In, Out}}.

gcd_ratio(A, B) -> G = gcd(A, B), {A div G, B div G}.
gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).
