-module(otp_queue).
-export([start/0]).
-compile({nowarn_deprecated_function, [{queue, lait, 1}]}).

%% queue: the original API, the extended API and the Okasaki API, including the internal
%% {In, Out} representation after each operation (printed, so it must match exactly).

start() ->
    Q0 = queue:new(),
    Q1 = lists:foldl(fun queue:in/2, Q0, [1, 2, 3, 4, 5]),
    {{value, H}, Q2} = queue:out(Q1),
    Q3 = queue:in_r(0, Q2),
    Reps = [Q0, Q1, Q2, Q3, queue:from_list([a, b, c]), queue:reverse(Q1), queue:join(Q1, Q3),
            queue:filter(fun(X) -> X rem 2 =:= 0 end, Q1), queue:filter(fun(X) -> [X, X] end, Q1)],
    Ops = [H, queue:to_list(Q3), queue:len(Q1), queue:is_empty(Q0), queue:member(3, Q1), queue:out_r(Q1), queue:out(Q0),
           queue:get(Q1), queue:get_r(Q1), queue:peek(Q1), queue:peek_r(Q0), queue:drop(Q1), queue:drop_r(Q1),
           queue:split(2, Q1), queue:head(Q1), queue:tail(Q1), queue:last(Q1), queue:liat(Q1), queue:cons(x, Q1),
           queue:snoc(Q1, y), queue:lait(Q1), queue:daeh(Q1), queue:init(Q1), queue:all(fun is_integer/1, Q1),
           queue:any(fun(X) -> X > 4 end, Q1), queue:delete(3, Q1), queue:delete_r(1, Q1), queue:delete_with(fun(X) -> X > 2 end, Q1),
           queue:fold(fun(X, A) -> [X | A] end, [], Q1), queue:filtermap(fun(X) -> X > 3 andalso {true, X * 10} end, Q1),
           queue:is_queue(Q1), queue:is_queue({a}), catching(fun() -> queue:get(Q0) end), catching(fun() -> queue:split(9, Q1) end)],
    Big = lists:foldl(fun(N, Q) -> case N rem 3 of 0 -> element(2, queue:out(Q)); _ -> queue:in(N, Q) end end, queue:new(), lists:seq(1, 100)),
    {Reps, Ops, queue:len(Big), queue:to_list(Big)}.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
