-module(otp_erl_eval_handlers).
-export([start/0, double/1]).

%% erl_eval with a local function handler and a non-local function handler, expression
%% evaluation with bindings threaded through several calls, and erl_eval:expr_list.

start() ->
    Local = {value, fun(greet, [Name]) -> "hello " ++ Name;
                       (add, [A, B]) -> A + B end},
    NonLocal = {value, fun({?MODULE, double}, [X]) -> {intercepted, double(X)};
                          ({M, F}, Args) -> apply(M, F, Args);
                          (Fun, Args) when is_function(Fun) -> apply(Fun, Args) end},
    R1 = eval("greet(\"world\").", Local, none),
    R2 = eval("add(2, 3) * 10.", Local, none),
    R3 = eval("otp_erl_eval_handlers:double(21).", none, NonLocal),
    R4 = eval("lists:reverse([1, 2, 3]).", none, NonLocal),
    {value, V1, B1} = erl_eval:exprs(parse("X = 10."), erl_eval:new_bindings()),
    {value, V2, B2} = erl_eval:exprs(parse("Y = X * 2."), B1),
    {value, V3, _} = erl_eval:exprs(parse("{X, Y, X + Y}."), B2),
    {List, _} = erl_eval:expr_list(parse("1 + 1, [a], {b}."), erl_eval:new_bindings()),
    {[R1, R2, R3, R4], [V1, V2, V3], List}.

double(X) -> 2 * X.

parse(S) -> {ok, Ts, _} = erl_scan:string(S), {ok, Es} = erl_parse:parse_exprs(Ts), Es.

eval(S, Local, NonLocal) ->
    {value, V, _} = erl_eval:exprs(parse(S), erl_eval:new_bindings(), Local, NonLocal),
    V.
