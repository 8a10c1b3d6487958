-module(exceptions_reasons).
-export([start/0]).
-record(rec, {a, b}).

%% The exact error reasons OTP raises for each kind of runtime failure, caught as {Class, Reason}.

start() ->
    Cases = [fun() -> {ok, _} = id(error) end,
             fun() -> case id(3) of 1 -> one; 2 -> two end end,
             fun() -> B = id(false), if B -> x end end,
             fun() -> one_clause(id(2)) end,
             fun() -> try id(bad) of ok -> ok catch never -> x end end,
             fun() -> (id(#{}))#{a := 1} end,
             fun() -> maps:get(k, id(#{})) end,
             fun() -> #{} = id(x) end,
             fun() -> (id(#{a => 1}))#{b := 2} end,
             fun() -> (id(notrec))#rec.a end,
             fun() -> (id({rec, 1}))#rec{a = 2} end,
             fun() -> (id(fun(_) -> ok end))(1, 2) end,
             fun() -> (id(42))() end,
             fun() -> undefined_module_xyz:f() end,
             fun() -> ?MODULE:not_there(1) end,
             fun() -> id(1) + id(a) end,
             fun() -> id(1) div id(0) end,
             fun() -> atom_to_list(id(1)) end,
             fun() -> element(id(5), {}) end,
             fun() -> list_to_atom(lists:duplicate(id(300), $a)) end,
             fun() -> erlang:error(custom) end,
             fun() -> erlang:error({custom, [1, 2]}, [arg]) end,
             fun() -> throw(thrown) end,
             fun() -> exit(exited) end,
             fun() -> exit({shutdown, reason}) end,
             fun() -> erlang:raise(throw, raised, []) end,
             fun() -> erlang:raise(error, raised_err, [{m, f, 0, []}]) end,
             fun() -> erlang:raise(exit, raised_exit, []) end,
             fun() -> <<_:8>> = id(<<1, 2>>) end,
             fun() -> [_ | _] = id([]) end,
             fun() -> {_, _} = id({1, 2, 3}) end,
             fun() -> hd(id([])) end,
             fun() -> binary_to_term(id(<<1, 2, 3>>)) end,
             fun() -> tuple_size(id([])) end,
             fun() -> length(id([a | b])) end,
             fun() -> abs(id(foo)) end,
             fun() -> <<(id(foo)):8>> end,
             fun() -> float(id(<<>>)) end,
             fun() -> id(1.0e308) * 10.0 end,
             fun() -> lists:nth(id(0), [a]) end,
             fun() -> id(x) ! hello end,
             fun() -> erlang:make_tuple(id(-1), a) end,
             fun() -> [X || X <- id(notalist)] end,
             fun() -> setelement(id(2), {a}, b) end,
             fun() -> integer_to_list(id(10), 99) end,
             fun() -> case id({a, b}) of {a, c} -> x end end],
    [catching(C) || C <- Cases].

one_clause(1) -> one.

catching(F) ->
    try F() of
        V -> {returned, V}
    catch
        Class:Reason -> {Class, Reason}
    end.

id(X) -> X.
