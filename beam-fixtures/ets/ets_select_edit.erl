-module(ets_select_edit).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% select_count, select_delete, select_replace, match_delete, delete_all_objects on every
%% table type: counts, what is left and in which order, and replace specifications OTP
%% refuses because they may change the key.

start() ->
    [run(Type) || Type <- [set, ordered_set, bag, duplicate_bag]].

run(Type) ->
    T = ets:new(t, [Type]),
    ets:insert(T, [{K rem 10, K} || K <- lists:seq(1, 30)]),
    Cnt = [ets:select_count(T, [{{'$1', '$2'}, [{'>', '$2', 15}], [true]}]),
           ets:select_count(T, [{{'$1', '$2'}, [], [{'>', '$2', 15}]}]),
           ets:select_count(T, [{{'_', '_'}, [], [yes]}]), ets:select_count(T, []),
           ets:select_count(T, [{{3, '_'}, [], [true]}])],
    Del = [ets:select_delete(T, [{{'$1', '$2'}, [{'=:=', {'rem', '$2', 4}, 0}], [true]}]),
           sorted(T), ets:select_delete(T, [{{1, '_'}, [], [true]}]), ets:select_delete(T, [{{nokey, '_'}, [], [true]}]),
           ets:select_delete(T, []), ets:match_delete(T, {2, '_'}), sorted(T), ets:info(T, size)],
    Repl = [?T(ets:select_replace(T, [{{'$1', '$2'}, [{'<', '$2', 20}], [{{'$1', {'*', '$2', 100}}}]}])),
            sorted(T),
            ?T(ets:select_replace(T, [{{'$1', '$2'}, [], [{{'$2', '$1'}}]}])),
            ?T(ets:select_replace(T, [{{'_', '$2'}, [], [{{x, '$2'}}]}])),
            ?T(ets:select_replace(T, [{{5, '$2'}, [], [{{5, new, '$2'}}]}])),
            ?T(ets:select_replace(T, [{{'$1', '$2'}, [], ['$_']}])),
            ?T(ets:select_replace(T, [{{'$1', '$2'}, [], [{{'$1'}}, ok]}])),
            ?T(ets:select_replace(T, [{{'$1', '$2'}, [], [{element, 1, '$_'}]}])),
            ?T(ets:select_replace(T, [{{9, '$2'}, [], [{{{const, 9}, const_key}}]}])),
            ?T(ets:select_replace(T, [{{9, '$2'}, [], [{{9.0, float_key}}]}])),
            sorted(T)],
    Order = case Type of
                ordered_set -> ets:tab2list(T);
                _ -> sorted(T)
            end,
    Clear = [ets:delete_all_objects(T), ets:tab2list(T), ets:info(T, size),
             ets:insert(T, {1, again}), ets:tab2list(T)],
    {Type, Cnt, Del, Repl, Order, Clear}.

sorted(T) -> lists:sort(ets:tab2list(T)).

catching(F) ->
    try F() catch C:R:S -> {C, R, info(S)} end.
info([{_, _, _, [{error_info, I} | _]} | _]) -> I;
info(_) -> none.
