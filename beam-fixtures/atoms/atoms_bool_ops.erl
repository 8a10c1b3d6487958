-module(atoms_bool_ops).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Boolean operators are ordinary functions on the atoms true and false: and/or/xor/not
%% evaluate both sides and raise badarg for non-booleans; andalso/orelse short-circuit and
%% may return a non-boolean right side.

start() ->
    Bools = [true, false],
    Table = [{A, B, A and B, A or B, A xor B, not A} || A <- Bools, B <- Bools],
    Bad = [?T(id(true) and id(1)), ?T(id(x) or id(false)), ?T(not id(0)), ?T(id(false) xor id([])),
           ?T(erlang:'and'(id(true), id(yes)))],
    Short = [id(false) andalso id(not_bool), id(true) orelse id(not_bool), id(true) andalso id(value),
             id(false) orelse id(value), ?T(id(x) andalso true), ?T(id(x) orelse true),
             id(true) andalso (id(false) orelse id(deep))],
    Funs = [apply(erlang, Op, Args) || {Op, Args} <- [{'and', [true, true]}, {'or', [false, false]},
                                                     {'xor', [true, true]}, {'not', [false]}]],
    {Table, Bad, Short, Funs}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
