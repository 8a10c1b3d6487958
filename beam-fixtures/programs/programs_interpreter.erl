-module(programs_interpreter).
-export([start/0]).

%% A tiny stack-machine interpreter and a compiler for arithmetic expressions to it:
%% tuples as instructions, a map as environment, loops via jumps.

start() ->
    Exprs = [{add, {num, 1}, {mul, {num, 2}, {num, 3}}}, {sub, {var, x}, {num, 10}}, {mul, {add, {var, x}, {var, y}}, {num, -2}},
             {'div', {num, 100}, {var, y}}],
    Env = #{x => 7, y => 3},
    Compiled = [compile(E) || E <- Exprs],
    Results = [run(Code, Env) || Code <- Compiled],
    Loop = run([{push, 0}, {store, acc}, {push, 10}, {store, i}, {label, top}, {load, acc}, {load, i}, add, {store, acc},
                {load, i}, {push, 1}, sub, {store, i}, {load, i}, {jnz, top}, {load, acc}], #{}),
    Fact = run([{push, 1}, {store, r}, {push, 25}, {store, n}, {label, top}, {load, r}, {load, n}, mul, {store, r},
                {load, n}, {push, 1}, sub, {store, n}, {load, n}, {jnz, top}, {load, r}], #{}),
    {Compiled, Results, Loop, Fact}.

compile({num, N}) -> [{push, N}];
compile({var, V}) -> [{load, V}];
compile({Op, A, B}) -> compile(A) ++ compile(B) ++ [Op].

run(Code, Env) -> exec(Code, Code, [], Env).

exec([], _, [Top | _], _) -> Top;
exec([{push, N} | R], C, S, E) -> exec(R, C, [N | S], E);
exec([{load, V} | R], C, S, E) -> exec(R, C, [maps:get(V, E) | S], E);
exec([{store, V} | R], C, [X | S], E) -> exec(R, C, S, E#{V => X});
exec([{label, _} | R], C, S, E) -> exec(R, C, S, E);
exec([{jnz, L} | R], C, [X | S], E) -> if X =/= 0 -> exec(jump(L, C), C, S, E); true -> exec(R, C, S, E) end;
exec([Op | R], C, [B, A | S], E) -> exec(R, C, [arith(Op, A, B) | S], E).

arith(add, A, B) -> A + B;
arith(sub, A, B) -> A - B;
arith(mul, A, B) -> A * B;
arith('div', A, B) -> A div B.

jump(L, [{label, L} | R]) -> R;
jump(L, [_ | R]) -> jump(L, R).
