-module(exceptions_stacktrace).
-export([start/0]).
-record(r, {f}).

%% Stack traces in OTP's shape: {Module, Function, Arity | Args, [{file, F}, {line, L}]},
%% BIF frames with their arguments and error_info, function_clause frames with arguments.
%% Frames below start/0 belong to whatever called the fixture, and frames of other Erlang
%% modules (lists here) depend on which implementation of them is loaded, so both are
%% dropped; every frame of this module, of BIFs and of undefined functions is kept exactly.

start() ->
    Cases = [fun() -> id(1) + id(a) end,
             fun() -> lvl1(a) end,
             fun() -> clause(id(3), x) end,
             fun() -> {ok, _} = id(nope) end,
             fun() -> element(id(9), {}) end,
             fun() -> binary_to_atom(id(<<255>>), utf8) end,
             fun() -> throw(id(t)) end,
             fun() -> exit(id(x)) end,
             fun() -> error(id(e), [1, 2]) end,
             fun() -> _ = (id(#r{f = 1}))#r{f = 2}, (id(x))#r.f end,
             fun() -> recurse(5) end,
             fun() -> recurse(20) end,
             fun() -> case id(z) of a -> a end end,
             fun() -> lists:map(fun(X) -> 1 / X end, id([1, 0])) end,
             fun() -> nomodule_zz:call(1, 2) end,
             fun() -> atom_length(id("s")) end,
             fun() -> erlang:raise(error, manual, [{m, f, 1, [{file, "m.erl"}, {line, 5}]}]) end,
             fun() -> maps:get(missing, id(#{})) end],
    [capture(C) || C <- Cases].

capture(F) ->
    try F() of
        V -> {no_exception, V}
    catch
        Class:Reason:Stack -> {Class, Reason, own_frames(Stack)}
    end.

%% Keep the frames up to and including the last one that belongs to this module, minus the
%% frames of other modules that carry a source location.
own_frames(Stack) ->
    Upto = lists:reverse(lists:dropwhile(fun(Frame) -> element(1, Frame) =/= ?MODULE end, lists:reverse(Stack))),
    [Frame || {M, _, _, Loc} = Frame <- Upto, M =:= ?MODULE orelse not lists:keymember(file, 1, Loc)].

lvl1(X) -> [lvl2(X)].
lvl2(X) -> [lvl3(X)].
lvl3(X) -> [atom_to_list(X) ++ id(x)].

clause(1, _) -> one;
clause(2, y) -> two.

recurse(0) -> error(deep);
recurse(N) -> [recurse(N - 1)].

atom_length(A) -> length(atom_to_list(A)).

id(X) -> X.
