-module(tuples_setelement_chain).
-export([start/0]).

%% Several setelement/3 calls in a row on a fresh tuple: the compiler turns them into one
%% copy followed by destructive set_tuple_element instructions. The original must stay
%% intact and every intermediate result must be as if each call copied.

start() ->
    T0 = id({a, b, c, d, e, f}),
    T1 = setelement(6, setelement(3, setelement(1, T0, x), y), z),
    T2 = setelement(2, setelement(2, T0, first), second),
    Records = [update(R) || R <- [{rec, 1, 2, 3}, {rec, a, b, c}]],
    Loop = lists:foldl(fun(I, T) -> setelement(I rem 5 + 1, T, I) end, erlang:make_tuple(5, 0), lists:seq(1, 23)),
    {T0, T1, T2, Records, Loop}.

update(R) ->
    R1 = setelement(2, R, new1),
    R2 = setelement(4, R1, new3),
    {R, R1, R2, setelement(3, R2, new2)}.

id(X) -> X.
