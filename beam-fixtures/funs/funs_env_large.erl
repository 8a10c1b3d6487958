-module(funs_env_large).
-export([start/0]).

%% Closures capturing many variables (large environments), closures capturing closures,
%% closures created in loops (each with its own environment), and funs kept in tuples,
%% lists and maps and called much later.

start() ->
    {A, B, C, D, E, F, G, H, I, J} = id({1, 2.5, a, "s", <<"b">>, [x], {t}, #{k => v}, 1 bsl 70, -7}),
    Big = fun(K) -> {K, A, B, C, D, E, F, G, H, I, J, A + J, K * A} end,
    Wrapped = fun() -> Big(99) end,
    Loop = [fun() -> {N, N * N} end || N <- lists:seq(1, 5)],
    Called = [L() || L <- Loop],
    Store = #{add => fun(X) -> X + A end, mul => fun(X) -> X * I end, str => fun(X) -> D ++ X end},
    FromStore = [(maps:get(add, Store))(10), (maps:get(mul, Store))(2), (maps:get(str, Store))("x")],
    Env = [length(element(2, erlang:fun_info(Fn, env))) || Fn <- [Big, Wrapped, hd(Loop)]],
    Acc = lists:foldl(fun(N, Fs) -> [fun() -> N + length(Fs) end | Fs] end, [], lists:seq(1, 6)),
    {Big(0), Wrapped(), Called, FromStore, Env, [Fn() || Fn <- Acc]}.

id(X) -> X.
