-module(lists_ops).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% The list BIFs and operators: ++ and -- (including improper and duplicate cases),
%% length, hd/tl, and the lists BIFs reverse/2, member/2, keyfind/3, keymember/3, keysearch/3.

start() ->
    Append = [[] ++ [], [1] ++ [], [] ++ [2], [1, 2] ++ [3, 4], "ab" ++ "cd", [1] ++ 2, [] ++ x,
              [[a]] ++ [[b]], ?T(id(a) ++ [1]), ?T(id([1 | 2]) ++ [3]), ?T(id([1, 2 | 3]) ++ [])],
    Subtract = [[1, 2, 3, 2, 1] -- [2], [1, 2, 3, 2, 1] -- [2, 2], [1, 2, 3] -- [4], [a, b] -- [a, b, c],
                [1, 1.0, 1] -- [1.0], "hello" -- "l", [x] -- [], [] -- [x],
                lists:seq(1, 50) -- lists:seq(2, 50, 2), ?T(id([1 | 2]) -- [1]), ?T([1] -- id([1 | 2])),
                ?T(id(a) -- [])],
    Length = [length([]), length([1, 2, 3]), length(lists:seq(1, 100000)), ?T(length(id([1 | 2]))),
              ?T(length(id(a)))],
    HdTl = [hd([1, 2]), tl([1, 2]), tl([1]), hd([[a] | b]), tl([a | b]), ?T(hd(id([]))), ?T(tl(id([]))),
            ?T(hd(id(x)))],
    Reverse = [lists:reverse([1, 2, 3]), lists:reverse([1, 2], [3, 4]), lists:reverse([], x),
               lists:reverse([1], [2 | 3]), ?T(lists:reverse(id([1 | 2]))), ?T(lists:reverse(id(a), []))],
    Member = [lists:member(2, [1, 2, 3]), lists:member(4, [1, 2, 3]), lists:member(2.0, [2]),
              lists:member([], [[]]), ?T(lists:member(a, id([b | c]))), ?T(lists:member(a, id(a)))],
    TupleList = [{a, 1}, {b, 2}, {c, 3, x}, {1, one}, {1.0, onef}, {b, 22}],
    Key = [lists:keyfind(b, 1, TupleList), lists:keyfind(3, 2, TupleList), lists:keyfind(x, 3, TupleList),
           lists:keyfind(z, 1, TupleList), lists:keyfind(1.0, 1, TupleList), lists:keyfind(1, 1, TupleList),
           lists:keymember(c, 1, TupleList), lists:keymember(d, 1, TupleList), lists:keysearch(b, 1, TupleList),
           lists:keysearch(q, 1, TupleList), lists:keyfind(a, 1, [x, {a}, {a, b}]),
           ?T(lists:keyfind(a, 0, TupleList)), ?T(lists:keyfind(a, 1, id(notlist))), ?T(lists:keyfind(a, 1, id([{b} | c])))],
    {Append, Subtract, Length, HdTl, Reverse, Member, Key}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
