-module(programs_rpn_calculator).
-export([start/0]).

%% An RPN calculator over tokenised text: integer and float arithmetic, stack errors
%% reported as values, and exact bignum results.

start() ->
    Progs = ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 100 ^", "1 2 3", "1 +", "10 3 /", "10 4 div", "1.5 2 *", "9 sqrt",
             "2 0 /", "7 neg 3 mod"],
    [{P, eval(string:tokens(P, " "), [])} || P <- Progs].

eval([], [X]) -> {ok, X};
eval([], Stack) -> {error, {leftover, Stack}};
eval(["+" | T], [B, A | S]) -> eval(T, [A + B | S]);
eval(["-" | T], [B, A | S]) -> eval(T, [A - B | S]);
eval(["*" | T], [B, A | S]) -> eval(T, [A * B | S]);
eval(["/" | T], [B, A | S]) -> try eval(T, [A / B | S]) catch error:badarith -> {error, division_by_zero} end;
eval(["div" | T], [B, A | S]) -> eval(T, [A div B | S]);
eval(["mod" | T], [B, A | S]) -> eval(T, [((A rem B) + B) rem B | S]);
eval(["^" | T], [B, A | S]) -> eval(T, [pow(A, B) | S]);
eval(["neg" | T], [A | S]) -> eval(T, [-A | S]);
eval(["sqrt" | T], [A | S]) -> eval(T, [math:sqrt(A) | S]);
eval([Op | _], _) when Op =:= "+"; Op =:= "-"; Op =:= "*"; Op =:= "/" -> {error, {underflow, Op}};
eval([Tok | T], S) -> eval(T, [num(Tok) | S]).

num(Tok) -> case string:to_integer(Tok) of {I, []} -> I; _ -> list_to_float(Tok) end.

pow(_, 0) -> 1;
pow(A, B) -> A * pow(A, B - 1).
