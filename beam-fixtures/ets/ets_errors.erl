-module(ets_errors).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Errors of every ETS BIF as OTP 25 reports them: badarg and the error_info cause (id for a
%% missing table, type for a term that is no table, access, badkey, ...), and the frame
%% that fails (Erlang functions of ets.erl fail in the BIF they call).

start() ->
    T = ets:new(t, [set]),
    ets:insert(T, {1, a}),
    Gone = ets:new(gone, []),
    ets:delete(Gone),
    Bad = [notab, 123, make_ref(), Gone],
    Tabs = [[?T(ets:lookup(X, 1)), ?T(ets:insert(X, {1})), ?T(ets:member(X, 1)), ?T(ets:first(X)),
             ?T(ets:delete(X)), ?T(ets:info(X)), ?T(ets:info(X, size)), ?T(ets:tab2list(X)),
             ?T(ets:select(X, [])), ?T(ets:match(X, '_')), ?T(ets:delete_all_objects(X)),
             ?T(ets:select_delete(X, [])), ?T(ets:foldl(fun(_, A) -> A end, 0, X)),
             ?T(ets:update_counter(X, 1, 1)), ?T(ets:rename(X, foo)), ?T(ets:safe_fixtable(X, true)),
             ?T(ets:give_away(X, self(), x)), ?T(ets:setopts(X, [])), ?T(ets:take(X, 1)),
             ?T(ets:slot(X, 0)), ?T(ets:select_count(X, [])), ?T(ets:lookup_element(X, 1, 2))]
            || X <- Bad],
    Args = [?T(ets:new("s", [])), ?T(ets:new(s, foo)), ?T(ets:new(s, [foo])), ?T(ets:new(s, [set | x])),
            ?T(ets:new(s, [{keypos, 0}])), ?T(ets:new(s, [{keypos, a}])), ?T(ets:new(s, [{heir, self()}])),
            ?T(ets:new(s, [{heir, foo, x}])), ?T(ets:new(s, [{write_concurrency, x}])),
            ?T(ets:new(s, [{read_concurrency, 1}])),
            ?T(ets:insert(T, foo)), ?T(ets:insert(T, {})), ?T(ets:insert(T, [{2}, foo])),
            ?T(ets:insert(T, [{3} | x])), ets:lookup(T, 2), ?T(ets:insert_new(T, [{4}, foo])),
            ?T(ets:delete_object(T, foo)), ?T(ets:lookup_element(T, 1, 0)), ?T(ets:lookup_element(T, 1, 3)),
            ?T(ets:lookup_element(T, 9, 2)), ?T(ets:lookup_element(T, 1, x)),
            ?T(ets:next(T, nokey)), ?T(ets:prev(T, nokey)), ?T(ets:slot(T, -1)), ?T(ets:slot(T, 257)),
            ?T(ets:slot(T, x)), ?T(ets:safe_fixtable(T, x)), ?T(ets:whereis("t")), ?T(ets:rename(T, "x")),
            ?T(ets:info(T, nosuchitem)), ?T(ets:select(T, foo)), ?T(ets:select(T, [foo])),
            ?T(ets:select(T, [{'_', [], []}])), ?T(ets:select(T, [], 0)), ?T(ets:select(T, [], x)),
            ?T(ets:select({x, y})), ?T(ets:select(foo)), ets:select('$end_of_table'),
            ?T(ets:match_object({1, 2, 3, 4, 5, 6})), ?T(ets:select_count(T, foo)),
            ?T(ets:select_replace(T, [{{'$1', '_'}, [], [{{x, '$1'}}]}])),
            ?T(ets:match_spec_compile([])), ?T(ets:match_spec_compile(foo)),
            ?T(ets:match_spec_run_r([a], foo, [])), ?T(ets:match_spec_run([a], foo)),
            ?T(ets:setopts(T, foo)), ?T(ets:setopts(T, [{keypos, 2}])), ?T(ets:setopts(T, [{heir, none} | x])),
            ?T(ets:give_away(T, self(), x)),
            ?T(ets:give_away(T, foo, x)), ?T(ets:test_ms({a}, foo))],
    Named = ets:new(errs_named, [named_table]),
    Dup = [?T(ets:new(errs_named, [named_table])), ?T(ets:new(errs_named, [])) =/= error,
           ?T(ets:rename(ets:new(other, [named_table]), errs_named)), ets:delete(other), ets:delete(Named)],
    {Tabs, Args, Dup}.

catching(F) ->
    try F() of
        R when is_reference(R) -> ref;
        R -> R
    catch C:R:S -> {C, R, frame(S)}
    end.

frame([{M, F, A, [{error_info, I} | _]} | _]) -> {M, F, length(A), I};
frame([{M, F, A, _} | _]) when is_list(A) -> {M, F, length(A)};
frame([{M, F, A, _} | _]) -> {M, F, A};
frame(_) -> none.
