-module(exceptions_arith_literal_frames).
-export([start/0]).

%% Which arithmetic errors carry an erlang:'+'/'-' frame on top of the stack trace: none when
%% an operand of + (or the right operand of -, if not negative) is a small integer literal, or
%% for unary +; one otherwise. Also unary + and float negation of the zeros (OTP computes 0 + X and 0.0 - F).

-define(F(E), fun(V) -> E end).

start() ->
    Bad = id(a),
    Funs = [?F(+V), ?F(-V), ?F(bnot V), ?F(V + 1), ?F(1 + V), ?F(V - 1), ?F(1 - V),
            ?F(V + -5), ?F(V - -5), ?F(V - 0), ?F(V + 0), ?F(V - -1), ?F(V + 100000000000), ?F(V - 100000000000),
            ?F(V + 576460752303423487), ?F(V + 576460752303423488),
            ?F(V - 576460752303423488), ?F(V - -576460752303423488),
            ?F(V + -576460752303423488), ?F(V + (1 bsl 64)), ?F(V * 2), ?F(V div 2),
            ?F(V rem 2), ?F(V band 1), ?F(V bsl 1), ?F(V + id(1)), ?F(V - id(1)),
            ?F(id(1) - V), ?F(V + V), ?F(V + 1.5), ?F(2.5 - V),
            ?F(begin W = id(V), X = W + 7, [X | id(W)] end),
            ?F(begin W = id(V), X = W - 7, [X | id(W)] end)],
    Frames = [try F(Bad) of R -> {ok, R} catch error:Reason:S -> {Reason, top(S)} end
              || F <- Funs],
    Ok = [F(id(10)) || F <- Funs, is_integer(catch F(10))],
    Zeros = [zeros(Z) || Z <- [id(0.0), id(-0.0)]],
    Apply = [apply(id(erlang), id('+'), [id(-0.0)]), apply(id(erlang), id('-'), [id(0.0)])],
    {Frames, Ok, Zeros, Apply}.

top([{M, F, A, _} | _]) when is_list(A) -> {M, F, A};
top([{M, F, A, _} | _]) -> {M, F, A}.

zeros(Z) ->
    {+Z, -Z, fneg(Z), fplus(Z), 0 - Z, Z + 0, Z * -1, Z - 0.0}.

fneg(F) when is_float(F) -> -F.
fplus(F) when is_float(F) -> +F.

id(X) -> X.
