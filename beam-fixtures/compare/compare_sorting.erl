-module(compare_sorting).
-export([start/0]).

%% Sorting mixed terms with the sort functions of lists (stable merge sort in OTP), custom
%% orderings, key sorts and unique sorts over terms that compare equal but differ.

start() ->
    Mixed = [{b, 2}, {a, 1.0}, {a, 1}, {c, 0}, {b, 2.0}, {a, 1}, {z, -1}, {a, 0.5}],
    Sorts = [lists:sort(Mixed), lists:usort(Mixed), lists:keysort(1, Mixed), lists:keysort(2, Mixed),
             lists:ukeysort(1, Mixed), lists:ukeysort(2, Mixed), lists:sort(fun({_, A}, {_, B}) -> A >= B end, Mixed),
             lists:usort(fun({A, _}, {B, _}) -> A =< B end, Mixed)],
    Merge = [lists:merge([1, 3, 5], [2, 4, 6]), lists:merge([[1, 4], [2, 5], [3, 6]]), lists:umerge([1, 2, 3], [2, 3, 4]),
             lists:merge(fun(A, B) -> A >= B end, [5, 3, 1], [6, 4, 2]), lists:keymerge(1, [{1, a}, {3, c}], [{2, b}, {3, d}])],
    Many = lists:sort([(X * 7919) rem 1009 || X <- lists:seq(1, 2000)]),
    Stats = {length(Many), lists:sublist(Many, 10), lists:nthtail(1990, Many), length(lists:usort(Many))},
    Words = lists:sort(["banana", "Apple", "cherry", "apple", "", "b", "Banana", "äpple"]),
    Nested = lists:sort([[3, 1], [3], [2, [1]], [2, 1], [], [[]], [3 | 1]]),
    {Sorts, Merge, Stats, Words, Nested}.
