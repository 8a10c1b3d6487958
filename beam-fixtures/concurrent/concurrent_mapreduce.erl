%% Map/reduce word counting: one mapper per chunk of text, reducers per key range, a
%% coordinator that routes the mappers' output; the final counts are sorted.
-module(concurrent_mapreduce).
-export([start/0]).
-include("../include/fixture_procs.hrl").

text() ->
    "the quick brown fox jumps over the lazy dog the dog barks and the fox runs "
    "a lazy afternoon for a quick brown dog and a sleepy fox over and over again "
    "erlang processes share nothing and send messages the messages are copied "
    "each process has its own heap and the scheduler runs the processes in turn".

mapper(Words, Reducers, Parent) ->
    Counts = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end, #{}, Words),
    [route(W, C, Reducers) ! {count, W, C} || {W, C} <- maps:to_list(Counts)],
    [R ! {mapper_done, self()} || R <- Reducers],
    Parent ! {mapped, self()}.

route([First | _], _, Reducers) ->
    lists:nth(First rem length(Reducers) + 1, Reducers).

reducer(Mappers, Acc, Parent) when Mappers =:= 0 ->
    Parent ! {reduced, self(), lists:sort(maps:to_list(Acc))};
reducer(Mappers, Acc, Parent) ->
    receive
        {count, W, C} -> reducer(Mappers, maps:update_with(W, fun(X) -> X + C end, C, Acc), Parent);
        {mapper_done, _} -> reducer(Mappers - 1, Acc, Parent)
    end.

chunks([], _) -> [];
chunks(L, N) when length(L) =< N -> [L];
chunks(L, N) -> {A, B} = lists:split(N, L), [A | chunks(B, N)].

run() ->
    Words = string:lexemes(text(), " "),
    Chunks = chunks(Words, 9),
    Self = self(),
    Reducers = [spawn(fun() -> reducer(length(Chunks), #{}, Self) end) || _ <- lists:seq(1, 4)],
    Mappers = [spawn(fun() -> mapper(C, Reducers, Self) end) || C <- Chunks],
    [receive {mapped, M} -> ok end || M <- Mappers],
    Parts = [receive {reduced, R, Part} -> Part end || R <- Reducers],
    All = lists:sort(lists:append(Parts)),
    Top = lists:sublist(lists:reverse(lists:keysort(2, All)), 5),
    {length(Words), length(Chunks), length(All), lists:sum([C || {_, C} <- All]),
     lists:sort(Top), proplists:get_value("the", All)}.

start() ->
    isolated(fun run/0).
