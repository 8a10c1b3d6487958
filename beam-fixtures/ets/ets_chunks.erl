-module(ets_chunks).
-export([start/0]).

%% select/3, select/1, select_reverse/3, match/3, match_object/3 with limits: chunk contents
%% and order (OTP's bucket walk for hash tables, key order for ordered sets), when the answer
%% is a continuation or '$end_of_table', bound-key selects, and the continuation's shape
%% (never the table id or the compiled specification).

start() ->
    S = ets:new(s, [set]),
    ets:insert(S, [{K, K rem 3} || K <- lists:seq(1, 60)]),
    B = ets:new(b, [bag]),
    ets:insert(B, [{K rem 5, K} || K <- lists:seq(1, 40)]),
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{K, K rem 3} || K <- lists:seq(1, 25)]),
    All = [{'$1', '_'}, [], ['$1']],
    Zero = [{'$1', 0}, [], ['$1']],
    R = [chunks(fun() -> ets:select(Tab, [list_to_tuple(MS)], N) end, fun ets:select/1)
         || Tab <- [S, B, O], MS <- [All, Zero], N <- [1, 3, 7, 100]],
    Rev = [chunks(fun() -> ets:select_reverse(Tab, [list_to_tuple(MS)], N) end, fun ets:select_reverse/1)
           || Tab <- [S, O], MS <- [All, Zero], N <- [2, 5]],
    M = [chunks(fun() -> ets:match(Tab, {'$1', 1}, 4) end, fun ets:match/1) || Tab <- [S, O]],
    MO = [chunks(fun() -> ets:match_object(Tab, {'_', 2}, 6) end, fun ets:match_object/1) || Tab <- [S, O]],
    Bound = [chunks(fun() -> ets:select(Tab, [{{3, '_'}, [], ['$_']}], N) end, fun ets:select/1)
             || Tab <- [S, B, O], N <- [1, 2, 10]],
    Bound2 = [chunks(fun() -> ets:select(B, [{{K, '$1'}, [], ['$1']} || K <- Ks], N) end, fun ets:select/1)
              || Ks <- [[1, 2], [2, 1], [4, 4, 9]], N <- [3, 20]],
    None = [ets:select(Tab, [{{nokey, '_'}, [], ['$_']}], 5) || Tab <- [S, B, O]]
           ++ [ets:select(Tab, [], 5) || Tab <- [S, O]] ++ [ets:match(Tab, {x, '$1'}, 3) || Tab <- [S, O]],
    Empty = [ets:select(ets:new(e, [T]), [{'_', [], ['$_']}], 4) || T <- [set, ordered_set, bag]],
    Shape = [shape(ets:select(Tab, [{'_', [], ['$_']}], 2)) || Tab <- [S, O]],
    Modify = modify(S),
    {R, Rev, M, MO, Bound, Bound2, None, Empty, Shape, Modify}.

chunks(First, Next) -> collect(First(), Next, []).
collect('$end_of_table', _, Acc) -> lists:reverse(['$end_of_table' | Acc]);
collect({Res, '$end_of_table'}, _, Acc) -> lists:reverse([{last, Res} | Acc]);
collect({Res, Cont}, Next, Acc) -> collect(Next(Cont), Next, [Res | Acc]).

shape({_, C}) -> {tuple_size(C), [is_integer(X) || X <- tuple_to_list(C)], ets:is_compiled_ms(element(case tuple_size(C) of 6 -> 4; 8 -> 5 end, C))}.

%% Continuing after the table changed.
modify(S) ->
    {R1, C1} = ets:select(S, [{{'$1', '_'}, [], ['$1']}], 10),
    ets:insert(S, [{K, x} || K <- lists:seq(100, 130)]),
    ets:delete(S, 7),
    R2 = collect(ets:select(C1), fun ets:select/1, []),
    {R1, R2, ets:repair_continuation(C1, [{{'$1', '_'}, [], ['$1']}]) =:= C1, ets:repair_continuation('$end_of_table', x)}.
