-module(otp_erl_internal_lint).
-export([start/0]).

%% erl_internal (the compiler's tables of BIFs, guard BIFs and operators) and erl_lint
%% checking small modules given as text: warnings and errors with their locations.

start() ->
    Internal = [{erl_internal:bif(F, A), erl_internal:guard_bif(F, A), erl_internal:type_test(F, A)}
                || {F, A} <- [{length, 1}, {is_list, 1}, {self, 0}, {spawn, 1}, {map_get, 2}, {min, 2}, {foo, 0}, {abs, 1}]],
    Ops = [{erl_internal:arith_op(Op, 2), erl_internal:comp_op(Op, 2), erl_internal:bool_op(Op, 2)} || Op <- ['+', '=<', 'and', 'band', '++']],
    Lint = [lint(Src) || Src <- [["-module(m).", "-export([f/1]).", "f(X) -> X."],
                                 ["-module(m).", "-export([f/1]).", "f(X) -> Y = 1, X."],
                                 ["-module(m).", "-export([f/0]).", "f() -> g()."],
                                 ["-module(m).", "f() -> ok."],
                                 ["-module(m).", "-export([f/1]).", "f(X) -> case X of 1 -> A = 1; 2 -> ok end, A."]]],
    {Internal, Ops, Lint}.

lint(Lines) ->
    Forms = [begin {ok, Ts, _} = erl_scan:string(L, N), {ok, F} = erl_parse:parse_form(Ts), F end
             || {N, L} <- lists:zip(lists:seq(1, length(Lines)), Lines)],
    case erl_lint:module(Forms, "m.erl") of
        {ok, Warnings} -> {ok, simplify(Warnings)};
        {error, Errors, Warnings} -> {error, simplify(Errors), simplify(Warnings)}
    end.

simplify(FileList) -> [{F, [{Loc, Mod, Desc} || {Loc, Mod, Desc} <- Es]} || {F, Es} <- FileList].
