-module(arith_bif_funs).
-export([start/0]).

%% The arithmetic operators called as functions (erlang:'+'/2 via apply, fun erlang:'*'/2,
%% erlang:'div'/2) go through the BIF entry points rather than the inline instructions; both
%% paths must agree on values and on errors.

start() ->
    Ops = ['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr'],
    Args = [{7, 2}, {-7, 2}, {7, -2}, {1 bsl 60, 3}, {-(1 bsl 64), 1 bsl 32}, {5, 0}, {2.5, 2}, {a, 1}, {1, 70}, {3, -1}],
    ViaApply = [[catching(fun() -> apply(erlang, Op, [A, B]) end) || {A, B} <- Args] || Op <- Ops],
    ViaFun = [[catching(fun() -> (erlang:make_fun(erlang, Op, 2))(A, B) end) || {A, B} <- Args] || Op <- Ops],
    Inline = [[catching(fun() -> inline(Op, A, B) end) || {A, B} <- Args] || Op <- Ops],
    Unary = [[catching(fun() -> apply(erlang, Op, [X]) end) || X <- [5, -5, 0.5, 1 bsl 64, a]] || Op <- ['-', '+', 'bnot', abs, float, trunc]],
    Cmp = [[apply(erlang, Op, [A, B]) || {A, B} <- [{1, 1.0}, {1, 2}, {a, 1}, {[], {}}]] || Op <- ['==', '/=', '=:=', '=/=', '<', '>', '=<', '>=']],
    {ViaApply =:= Inline, ViaFun =:= Inline, Inline, Unary, Cmp}.

inline('+', A, B) -> A + B;
inline('-', A, B) -> A - B;
inline('*', A, B) -> A * B;
inline('/', A, B) -> A / B;
inline('div', A, B) -> A div B;
inline('rem', A, B) -> A rem B;
inline('band', A, B) -> A band B;
inline('bor', A, B) -> A bor B;
inline('bxor', A, B) -> A bxor B;
inline('bsl', A, B) -> A bsl B;
inline('bsr', A, B) -> A bsr B.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
