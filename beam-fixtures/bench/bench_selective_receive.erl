%% Concurrency benchmark: selective receive over a crowded mailbox. Worker processes send
%% tagged replies in one order, the receiver takes them in another (so every receive scans
%% past the messages it skips), plus request/reply calls with fresh references while many
%% unrelated messages wait in the queue (the receive-marker optimisation case).
-module(bench_selective_receive).
-export([quick/0, run/0, run/1]).

run() -> run(500).

%% A tiny size, for `beamos bench --check`.
quick() -> run(2).

run(Rounds) -> lists:sum([one_round(R) || R <- lists:seq(1, Rounds)]).

one_round(R) ->
    Self = self(),
    N = 300,
    [spawn(fun() -> Self ! {tag, I, I * R} end) || I <- lists:seq(1, N)],
    %% Take them in reverse order of tag: most receives skip many messages.
    A = lists:sum([receive {tag, I, V} -> V end || I <- lists:seq(N, 1, -1)]),
    %% Calls with a reference while 2,000 unrelated messages sit in the queue.
    [self() ! {noise, K} || K <- lists:seq(1, 2000)],
    Server = spawn(fun server/0),
    B = lists:sum([call(Server, K) || K <- lists:seq(1, 500)]),
    Server ! stop,
    C = length([receive {noise, K} -> K end || K <- lists:seq(1, 2000)]),
    A + B + C.

server() ->
    receive
        {call, From, Ref, X} -> From ! {Ref, X * 2}, server();
        stop -> ok
    end.

call(Server, X) ->
    Ref = make_ref(),
    Server ! {call, self(), Ref, X},
    receive {Ref, Y} -> Y end.
