-module(otp_array).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% The array module: fixed and growing arrays, defaults, sparse operations, folds and maps,
%% conversion to and from lists and orddicts, resizing, and the internal tuple tree (printed).

start() ->
    A0 = array:new(10, {default, 0}),
    A1 = lists:foldl(fun(I, A) -> array:set(I, I * I, A) end, A0, [0, 3, 9]),
    G = lists:foldl(fun(I, A) -> array:set(I, I, A) end, array:new(), [0, 15, 100, 1000]),
    R = [array:size(A1), array:get(3, A1), array:get(4, A1), array:to_list(A1), array:sparse_to_list(A1),
         array:to_orddict(A1), array:sparse_to_orddict(A1), array:size(G), array:get(500, G), array:sparse_size(G),
         array:foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], A1), array:sparse_foldr(fun(I, V, Acc) -> [{I, V} | Acc] end, [], G),
         array:to_list(array:map(fun(_, V) -> V + 1 end, A1)), array:to_list(array:from_list([a, b, c])),
         array:to_list(array:from_orddict([{0, x}, {3, y}])), array:is_array(A1), array:is_fix(A1), array:is_fix(G),
         array:default(A0), array:to_list(array:resize(3, A1)), array:to_list(array:reset(3, A1)), A1,
         array:from_list(lists:seq(1, 12)),
         ?T(array:get(10, A1)), ?T(array:set(-1, x, A1)), ?T(array:new(-1))],
    {R}.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
