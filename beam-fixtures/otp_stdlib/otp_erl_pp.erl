-module(otp_erl_pp).
-export([start/0]).

%% erl_pp printing abstract forms and expressions back to text, after scanning and
%% parsing them, so the whole scan -> parse -> pretty-print pipeline of stdlib runs.

start() ->
    Forms = ["-module(demo).", "-export([f/1, g/2]).",
             "f(X) when is_integer(X), X > 0 -> [Y * 2 || Y <- lists:seq(1, X)]; f(_) -> [].",
             "g(A, B) -> case A of {ok, V} -> V + B; error -> try B catch _:_ -> 0 end end.",
             "-record(state, {count = 0 :: integer(), items = [] :: list()}).",
             "h(#{key := V} = M) -> M#{key => V + 1, other => <<V:16/little, \"tail\">>}.",
             "-spec k(atom()) -> {ok, binary()} | {error, term()}.",
             "k(A) -> receive {A, Msg} -> {ok, Msg} after 100 -> {error, timeout} end."],
    Printed = [lists:flatten(erl_pp:form(parse_form(F))) || F <- Forms],
    Exprs = ["fun(X) -> X + 1 end", "begin a, b, c end", "if X > 1 -> big; true -> small end", "<<1, 2:4, \"s\"/utf8>>",
             "[1, 2 | T]", "#{a => 1}", "fun lists:map/2", "X = Y = 3"],
    PrintedExprs = [lists:flatten(erl_pp:exprs(parse_exprs(E ++ "."))) || E <- Exprs],
    {Printed, PrintedExprs}.

parse_form(S) -> {ok, Ts, _} = erl_scan:string(S), {ok, F} = erl_parse:parse_form(Ts), F.
parse_exprs(S) -> {ok, Ts, _} = erl_scan:string(S), {ok, Es} = erl_parse:parse_exprs(Ts), Es.
