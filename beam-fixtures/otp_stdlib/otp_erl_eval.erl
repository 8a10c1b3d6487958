-module(otp_erl_eval).
-export([start/0]).

%% erl_eval interpreting Erlang expressions given as text: arithmetic, bindings, pattern
%% matching, comprehensions, funs (called inside the evaluation), case/if/try, maps,
%% binaries, records-free code, and the errors erl_eval raises.

start() ->
    Exprs = ["1 + 2 * 3.", "X = 5, Y = X * X, {X, Y}.", "[X * X || X <- lists:seq(1, 10), X rem 2 =:= 0].",
             "F = fun(N) -> N + 1 end, lists:map(F, [1, 2, 3]).", "Fact = fun Fa(0) -> 1; Fa(N) -> N * Fa(N - 1) end, Fact(20).",
             "case {a, 1} of {a, N} when N > 0 -> pos; _ -> other end.", "if 1 > 2 -> no; true -> yes end.",
             "try throw(oops) catch throw:R -> {caught, R} end.", "M = #{a => 1}, M#{b => 2}.", "#{a := A} = #{a => 42}, A.",
             "<<A:4, B:4>> = <<16#AB>>, {A, B}.", "<< <<X:8>> || X <- [1, 2, 3] >>.", "[X || <<X:4>> <= <<1, 2>>].",
             "lists:foldl(fun(X, Acc) -> X + Acc end, 0, lists:seq(1, 100)).", "{A, B} = {1, 2}, A + B.",
             "L = [3, 1, 2], lists:sort(L) ++ lists:reverse(L).", "begin X = 1, X + 1 end.", "erlang:element(2, {a, b, c}).",
             "atom_to_list(hello).", "1 bsl 100.", "5 div 2 + 5 rem 2.", "- 3.5.", "not true orelse false.",
             "(fun(X, Y) -> X * Y end)(6, 7).", "maps:get(k, #{k => v}).", "catch throw(x).", "X = 1, X = 1, ok."],
    Ok = [eval(E) || E <- Exprs],
    Errors = [eval(E) || E <- ["1 / 0.", "X = 1, X = 2.", "undefined_mod:f().", "case 1 of 2 -> ok end.",
                               "(fun(A) -> A end)(1, 2).", "a + 1.", "hd([]).", "throw(t).", "exit(e)."]],
    Bindings = element(3, erl_eval:exprs(parse("A = 1, B = A + 1."), erl_eval:new_bindings())),
    WithBinding = eval_with("X * 2.", [{'X', 21}]),
    {Ok, Errors, lists:sort(erl_eval:bindings(Bindings)), WithBinding}.

parse(S) ->
    {ok, Ts, _} = erl_scan:string(S),
    {ok, Es} = erl_parse:parse_exprs(Ts),
    Es.

eval(S) ->
    try
        {value, V, _} = erl_eval:exprs(parse(S), erl_eval:new_bindings()),
        {ok, V}
    catch C:R -> {C, strip(R)}
    end.

eval_with(S, Bs) ->
    {value, V, _} = erl_eval:exprs(parse(S), lists:foldl(fun({K, Val}, Acc) -> erl_eval:add_binding(K, Val, Acc) end,
                                                         erl_eval:new_bindings(), Bs)),
    V.

%% Some reasons carry the evaluated fun; keep only what does not depend on its identity.
strip({badarity, {F, Args}}) when is_function(F) -> {badarity, Args};
strip(R) -> R.
