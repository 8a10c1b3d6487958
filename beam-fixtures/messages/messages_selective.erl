%% Selective receive: the first message in the queue that matches any clause is taken (not
%% the first clause); messages that match nothing stay, in order; guards take part in matching.
-module(messages_selective).
-export([start/0]).
-include("../include/fixture_procs.hrl").

fill(Ms) -> [self() ! M || M <- Ms], ok.

run() ->
    fill([a, b, c, {x, 1}, d, {x, 2}, e]),
    %% Clause order does not matter, queue order does.
    T1 = receive d -> got_d; b -> got_b end,
    T2 = receive {x, N} -> {got_x, N} end,
    T3 = receive {x, N2} when N2 > 1 -> {got_x_gt1, N2} end,
    Rest1 = flush(),
    %% Guards: skip messages whose guard fails.
    fill([{v, 1}, {v, -2}, {v, 3.5}, {v, foo}, {v, 10}]),
    T4 = receive {v, V} when is_integer(V), V < 0 -> V end,
    T5 = receive {v, V2} when is_float(V2) -> V2 end,
    T6 = receive {v, V3} when is_atom(V3) -> V3 end,
    T7 = [receive {v, V4} -> V4 end || _ <- [1, 2]],
    %% A receive that takes only messages of one sender (tag), interleaved with others.
    Self = self(),
    Senders = [spawn(fun() -> [Self ! {from, I, K} || K <- lists:seq(1, 20)] end) || I <- lists:seq(1, 5)],
    PerSender = [[receive {from, I, K} -> K end || _ <- lists:seq(1, 20)]
                 || I <- lists:reverse(lists:seq(1, 5))],
    _ = Senders,
    %% Nested receive inside a clause body.
    fill([outer, inner_b, inner_a]),
    T8 = receive outer -> {outer, receive inner_a -> a end, receive inner_b -> b end} end,
    %% Binary and map patterns.
    fill([<<"skip">>, #{type => other}, <<"take:", 42>>, #{type => wanted, v => 7}]),
    T9 = receive <<"take:", X>> -> X end,
    T10 = receive #{type := wanted, v := W} -> W end,
    Rest2 = flush(),
    {T1, T2, T3, Rest1, T4, T5, T6, T7, PerSender, T8, T9, T10, Rest2}.

start() ->
    isolated(fun run/0).
