%% Sending to a process while it dies, and after: never an error for the sender, and the
%% sender's own mailbox and state are untouched. Messages to a process that ends are lost.
-module(messages_send_to_exiting).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    Self = self(),
    P = spawn(fun() -> receive {n, 500} -> exit(done) end end),
    R = erlang:monitor(process, P),
    Sent = [P ! {n, I} || I <- lists:seq(1, 2000)],
    Down = receive {'DOWN', R, process, P, W} -> W end,
    More = [P ! {n, I} || I <- lists:seq(1, 100)],
    Other = spawn(fun() -> [P ! x || _ <- lists:seq(1, 100)], Self ! {other_ok, self()} end),
    OtherOk = receive {other_ok, Other} -> ok end,
    {length(Sent), Down, length(More), OtherOk, flush()}.

start() ->
    isolated(fun run/0).
