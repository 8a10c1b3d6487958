-module(ets_fold).
-export([start/0]).

%% foldl/foldr, safe_fixtable and the info items that show fixation; deleting and inserting
%% while a table is fixed (deleted keys keep their place in the walk; the table does not
%% grow or shrink until unfixed), init_table/2, from_list-like building.

start() ->
    S = ets:new(s, [set]),
    ets:insert(S, [{K, K * 2} || K <- lists:seq(1, 20)]),
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{K, K * 2} || K <- lists:seq(1, 20)]),
    B = ets:new(b, [bag]),
    ets:insert(B, [{K rem 4, K} || K <- lists:seq(1, 20)]),
    Folds = [{ets:foldl(fun({K, _}, A) -> [K | A] end, [], T), ets:foldr(fun({K, _}, A) -> [K | A] end, [], T),
              ets:foldl(fun({_, V}, A) -> A + V end, 0, T)} || T <- [S, O, B]],
    Fix = [ets:info(S, fixed), ets:info(S, safe_fixed), ets:safe_fixtable(S, true), ets:info(S, fixed),
           fixers(S), ets:safe_fixtable(S, true), fixers(S), ets:safe_fixtable(S, false), fixers(S),
           ets:safe_fixtable(S, false), ets:info(S, fixed), ets:safe_fixtable(S, false), ets:info(S, safe_fixed)],
    %% Delete and re-insert during a fixed walk.
    ets:safe_fixtable(S, true),
    First = ets:first(S),
    ets:delete(S, First),
    Next = ets:next(S, First),
    ets:insert(S, {First, back}),
    ets:insert(S, [{K, new} || K <- lists:seq(100, 400)]),
    Fixed = {First, Next, ets:info(S, size), element(1, ets:info(S, stats)), walk(S) =:= walk(S)},
    ets:safe_fixtable(S, false),
    Unfixed = {ets:info(S, size), element(1, ets:info(S, stats)), lists:sublist(ets:tab2list(S), 10)},
    ets:insert(S, {999, x}),
    Grown = element(1, ets:info(S, stats)),
    %% Bag: delete a key while fixed, then reinsert an object of it.
    ets:safe_fixtable(B, true),
    ets:delete(B, 1),
    ets:insert(B, [{1, 5}, {1, 77}]),
    BagFixed = {ets:lookup(B, 1), ets:tab2list(B)},
    ets:safe_fixtable(B, false),
    BagAfter = {ets:lookup(B, 1), ets:tab2list(B)},
    I = ets:new(i, [bag]),
    Init = [ets:init_table(I, reader([[{a, 1}, {b, 2}], [], [{a, 3}]])), lists:sort(ets:tab2list(I)),
            ets:init_table(I, reader([[{z, 0}]])), ets:tab2list(I),
            catch ets:init_table(I, fun(read) -> bad_result; (close) -> ok end)],
    {Folds, Fix, Fixed, Unfixed, Grown, BagFixed, BagAfter, Init}.

fixers(T) ->
    {_Time, L} = ets:info(T, safe_fixed),
    {_Mono, L2} = ets:info(T, safe_fixed_monotonic_time),
    {[N || {P, N} <- L, P =:= self()], L =:= L2}.

walk(T) -> walk(T, ets:first(T), []).
walk(_, '$end_of_table', Acc) -> lists:reverse(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).

reader([]) -> fun(read) -> end_of_input; (close) -> ok end;
reader([Chunk | Rest]) -> fun(read) -> {Chunk, reader(Rest)}; (close) -> ok end.
