-module(compare_tuples_records).
-export([start/0]).

%% Tuples order by size first, then element by element; records are tuples, so sorting
%% records sorts by tag then fields; keysort/keyfind rely on this.

start() ->
    Ts = [{}, {z}, {a, b}, {a, a}, {1, 2, 3}, {b}, {a, b, c, d}, {1.0, 2}, {1, 2}, {[], []}, {{}, {}}],
    Sorted = lists:sort(Ts),
    Recs = [{person, <<"bob">>, 30}, {person, <<"al">>, 40}, {animal, cat, 3}, {person, <<"al">>, 25}],
    {Sorted, lists:sort(Recs), lists:keysort(3, Recs), lists:keyfind(<<"al">>, 2, Recs)}.
