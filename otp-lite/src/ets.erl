%% ets for BeamOS: the Erlang half of OTP 25's ets module. The other functions are BIFs
%% (the VM binds the stubs below to native code): tables, match specifications and
%% continuations live in the VM (vm/src/ets, vm/src/bif/ets.rs).
%%
%% Not provided (calling them is undef): the file and dets functions (tab2file, file2tab,
%% tabfile_info, to_dets, from_dets), the qlc table/1,2 and the i/0..3 printers.
-module(ets).

-export([all/0, delete/1, delete/2, delete_all_objects/1,
         delete_object/2, first/1, give_away/3, info/1, info/2,
         insert/2, insert_new/2, is_compiled_ms/1, last/1, lookup/2,
         lookup_element/3, match/1, match/2, match/3, match_object/1,
         match_object/2, match_object/3, match_spec_compile/1,
         match_spec_run_r/3, member/2, new/2, next/2, prev/2,
         rename/2, safe_fixtable/2, select/1, select/2, select/3,
         select_count/2, select_delete/2, select_replace/2, select_reverse/1,
         select_reverse/2, select_reverse/3, setopts/2, slot/2,
         take/2, update_counter/3, update_counter/4, update_element/3,
         whereis/1]).
-export([match_spec_run/2, repair_continuation/2, fun2ms/1, foldl/3, foldr/3,
         test_ms/2, init_table/2, match_delete/2, tab2list/1]).
-export([internal_request_all/0, internal_delete_all/2,
         internal_select_delete/2]).

%% ---- Erlang parts ----

%% One message per scheduler answers internal_request_all/0.
all() ->
    Ref = ets:internal_request_all(),
    collect_all(Ref, schedulers(), []).

schedulers() ->
    try erlang:system_info(schedulers) catch error:_ -> 1 end.

collect_all(_Ref, 0, Acc) ->
    Acc;
collect_all(Ref, N, Acc) ->
    receive
        {Ref, Tables} -> collect_all(Ref, N - 1, Tables ++ Acc)
    end.

delete_all_objects(Table) ->
    _ = ets:internal_delete_all(Table, undefined),
    true.

select_delete(Table, [{'_', [], [true]}]) ->
    ets:internal_delete_all(Table, undefined);
select_delete(Table, MatchSpec) ->
    ets:internal_select_delete(Table, MatchSpec).

match_delete(Table, Pattern) ->
    ets:select_delete(Table, [{Pattern, [], [true]}]),
    true.

tab2list(Table) ->
    ets:match_object(Table, '_').

match_spec_run(List, CompiledMS) ->
    lists:reverse(ets:match_spec_run_r(List, CompiledMS, [])).

%% A continuation whose compiled specification was lost (e.g. passed through
%% term_to_binary) gets it compiled again.
repair_continuation('$end_of_table', _MS) ->
    '$end_of_table';
repair_continuation({Table, LastKey, EndCond, N, MSRef, Rest, Rev, Got} = C, MS)
  when is_integer(N), is_list(Rest), is_integer(Rev), is_integer(Got) ->
    case ets:is_compiled_ms(MSRef) of
        true -> C;
        false -> {Table, LastKey, EndCond, N, ets:match_spec_compile(MS), Rest, Rev, Got}
    end;
repair_continuation({Table, Slot, N, MSRef, Rest, Got} = C, MS)
  when is_integer(Slot), is_integer(N), is_list(Rest), is_integer(Got) ->
    case ets:is_compiled_ms(MSRef) of
        true -> C;
        false -> {Table, Slot, N, ets:match_spec_compile(MS), Rest, Got}
    end.

%% Only for funs made in the shell; compiled code has ets:fun2ms/1 calls replaced by
%% ms_transform at compile time.
fun2ms(ShellFun) when is_function(ShellFun) ->
    case erl_eval:fun_data(ShellFun) of
        {fun_data, ImportList, Clauses} ->
            case ms_transform:transform_from_shell(ets, Clauses, ImportList) of
                {error, [{_, [{_, _, Code} | _]} | _], _} ->
                    io:format("Error: ~ts~n", [ms_transform:format_error(Code)]),
                    {error, transform_error};
                Else ->
                    Else
            end;
        _ ->
            exit({badarg, {ets, fun2ms,
                           [function, called, with, real, 'fun', should, be,
                            transformed, with, parse_transform, 'or', called, with,
                            a, 'fun', generated, in, the, shell]}})
    end.

foldl(F, Acc, Table) ->
    ets:safe_fixtable(Table, true),
    First = ets:first(Table),
    try
        fold_forward(F, Acc, First, Table)
    after
        ets:safe_fixtable(Table, false)
    end.

fold_forward(_F, Acc, '$end_of_table', _Table) ->
    Acc;
fold_forward(F, Acc, Key, Table) ->
    Acc1 = lists:foldl(F, Acc, ets:lookup(Table, Key)),
    fold_forward(F, Acc1, ets:next(Table, Key), Table).

foldr(F, Acc, Table) ->
    ets:safe_fixtable(Table, true),
    Last = ets:last(Table),
    try
        fold_backward(F, Acc, Last, Table)
    after
        ets:safe_fixtable(Table, false)
    end.

fold_backward(_F, Acc, '$end_of_table', _Table) ->
    Acc;
fold_backward(F, Acc, Key, Table) ->
    Acc1 = lists:foldr(F, Acc, ets:lookup(Table, Key)),
    fold_backward(F, Acc1, ets:prev(Table, Key), Table).

test_ms(Term, MS) ->
    case erlang:match_spec_test(Term, MS, table) of
        {ok, Result, _Flags, _Messages} -> {ok, Result};
        {error, _Errors} = Error -> Error
    end.

init_table(Table, Fun) ->
    ets:delete_all_objects(Table),
    init_table_loop(Table, Fun(read)).

init_table_loop(_Table, end_of_input) ->
    true;
init_table_loop(Table, {Objects, Fun}) when is_list(Objects), is_function(Fun) ->
    case catch insert_each(Table, Objects) of
        {'EXIT', Reason} ->
            (catch Fun(close)),
            exit(Reason);
        true ->
            init_table_loop(Table, Fun(read))
    end;
init_table_loop(_Table, Error) ->
    exit(Error).

insert_each(_Table, []) ->
    true;
insert_each(Table, [Object | Rest]) ->
    ets:insert(Table, Object),
    insert_each(Table, Rest).

%% ---- BIFs ----

internal_request_all() -> erlang:nif_error(undef).
internal_delete_all(_, _) -> erlang:nif_error(undef).
internal_select_delete(_, _) -> erlang:nif_error(undef).
delete(_) -> erlang:nif_error(undef).
delete(_, _) -> erlang:nif_error(undef).
delete_object(_, _) -> erlang:nif_error(undef).
first(_) -> erlang:nif_error(undef).
give_away(_, _, _) -> erlang:nif_error(undef).
info(_) -> erlang:nif_error(undef).
info(_, _) -> erlang:nif_error(undef).
insert(_, _) -> erlang:nif_error(undef).
insert_new(_, _) -> erlang:nif_error(undef).
is_compiled_ms(_) -> erlang:nif_error(undef).
last(_) -> erlang:nif_error(undef).
lookup(_, _) -> erlang:nif_error(undef).
lookup_element(_, _, _) -> erlang:nif_error(undef).
match(_) -> erlang:nif_error(undef).
match(_, _) -> erlang:nif_error(undef).
match(_, _, _) -> erlang:nif_error(undef).
match_object(_) -> erlang:nif_error(undef).
match_object(_, _) -> erlang:nif_error(undef).
match_object(_, _, _) -> erlang:nif_error(undef).
match_spec_compile(_) -> erlang:nif_error(undef).
match_spec_run_r(_, _, _) -> erlang:nif_error(undef).
member(_, _) -> erlang:nif_error(undef).
new(_, _) -> erlang:nif_error(undef).
next(_, _) -> erlang:nif_error(undef).
prev(_, _) -> erlang:nif_error(undef).
rename(_, _) -> erlang:nif_error(undef).
safe_fixtable(_, _) -> erlang:nif_error(undef).
select(_) -> erlang:nif_error(undef).
select(_, _) -> erlang:nif_error(undef).
select(_, _, _) -> erlang:nif_error(undef).
select_count(_, _) -> erlang:nif_error(undef).
select_replace(_, _) -> erlang:nif_error(undef).
select_reverse(_) -> erlang:nif_error(undef).
select_reverse(_, _) -> erlang:nif_error(undef).
select_reverse(_, _, _) -> erlang:nif_error(undef).
setopts(_, _) -> erlang:nif_error(undef).
slot(_, _) -> erlang:nif_error(undef).
take(_, _) -> erlang:nif_error(undef).
update_counter(_, _, _) -> erlang:nif_error(undef).
update_counter(_, _, _, _) -> erlang:nif_error(undef).
update_element(_, _, _) -> erlang:nif_error(undef).
whereis(_) -> erlang:nif_error(undef).
