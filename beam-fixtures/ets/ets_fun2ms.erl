-module(ets_fun2ms).
-export([start/0]).
-include_lib("stdlib/include/ms_transform.hrl").

%% Match specifications written with ets:fun2ms (translated by ms_transform at compile time):
%% the specifications themselves and their results on a table of records.

-record(emp, {id, name, dept, salary, tags = []}).

start() ->
    T = table(),
    MS1 = ets:fun2ms(fun(#emp{name = N, dept = eng}) -> N end),
    MS2 = ets:fun2ms(fun(#emp{id = I, salary = S}) when S > 95, S < 115 -> {I, S} end),
    MS3 = ets:fun2ms(fun(#emp{id = I, dept = D, tags = Ts}) when D =/= hr, Ts =/= [] -> {I, length(Ts)} end),
    MS4 = ets:fun2ms(fun(E = #emp{salary = S}) when S >= 100 -> E end),
    MS5 = ets:fun2ms(fun(#emp{id = I, dept = D}) when D == eng; D == hr -> I * 10 end),
    MS6 = ets:fun2ms(fun(#emp{id = I, salary = S}) when is_integer(S) andalso (S rem 20 =:= 0) -> [I, S div 20] end),
    MS7 = ets:fun2ms(fun({emp, I, _, _, _, _}) when I > 4 -> true end),
    MS8 = ets:fun2ms(fun(#emp{id = I, name = N}) when not (I > 2) -> #{id => I, name => N} end),
    MS9 = ets:fun2ms(fun(#emp{id = I}) when I =:= 3 -> object() end),
    MS10 = ets:fun2ms(fun(#emp{id = I, salary = S}) -> {I, S + I, S * 2, -S, abs(S - 100)} end),
    MS11 = ets:fun2ms(fun(#emp{id = I, tags = Tags}) when Tags =/= [] -> {I, hd(Tags), tl(Tags)} end),
    MS12 = ets:fun2ms(fun(#emp{id = I, dept = D}) when element(1, {D}) =:= ops orelse I =:= 1 -> {const, I} end),
    Specs = [MS1, MS2, MS3, MS4, MS5, MS6, MS7, MS8, MS9, MS10, MS11, MS12],
    Results = [lists:sort(ets:select(T, MS)) || MS <- Specs],
    Count = ets:select_count(T, MS7),
    Compiled = ets:match_spec_compile(MS2),
    Run = ets:match_spec_run(lists:sort(ets:tab2list(T)), Compiled),
    Test = [ets:test_ms(#emp{id = 9, name = x, dept = eng, salary = 100}, MS) || MS <- Specs],
    Del = ets:select_delete(T, ets:fun2ms(fun(#emp{dept = ops}) -> true end)),
    Left = lists:sort([Id || #emp{id = Id} <- ets:tab2list(T)]),
    Repl = ets:select_replace(T, ets:fun2ms(fun(#emp{salary = S} = E) when S < 100 -> E#emp{salary = S + 1} end)),
    After = lists:sort(ets:tab2list(T)),
    {Specs, Results, Count, Run, Test, Del, Left, Repl, After}.

table() ->
    T = ets:new(emps, [set, {keypos, #emp.id}]),
    ets:insert(T, [#emp{id = I, name = list_to_atom("e" ++ integer_to_list(I)), dept = D, salary = S, tags = Tags}
                   || {I, D, S, Tags} <- [{1, eng, 100, [a]}, {2, ops, 80, []}, {3, eng, 120, [b, c]},
                                          {4, hr, 60, [a]}, {5, eng, 90, []}, {6, ops, 110, [c]}]]),
    T.
