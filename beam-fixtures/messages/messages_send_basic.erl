%% Sending: `!` and erlang:send/2 return the message; to self, to a dead pid (no error),
%% chained sends; the message is a copy that the sender keeps using.
-module(messages_send_basic).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    R1 = (self() ! first),
    R2 = erlang:send(self(), second),
    R3 = (self() ! self() ! twice),
    Got = flush(),
    Dead = spawn_waiter(),
    normal = stop_waiter(Dead),
    R4 = (Dead ! into_the_void),
    R5 = erlang:send(Dead, into_the_void),
    %% A server that echoes; the sender's copy is unchanged.
    Echo = spawn(fun Loop() -> receive {echo, From, T} -> From ! {echoed, self(), T}, Loop();
                                       stop -> ok end end),
    Terms = [atom, 42, -1 bsl 100, 3.25, "string", <<"bin">>, <<1:3>>, {a, [b, {c}]},
             #{k => v, 1 => [2]}, [], {}, fun erlang:abs/1, lists:seq(1, 300)],
    Back = [begin Echo ! {echo, self(), T}, receive {echoed, Echo, T2} -> T2 =:= T end end
            || T <- Terms],
    Echo ! stop,
    %% Sending to self inside a loop and receiving in the same order.
    [self() ! {n, I} || I <- lists:seq(1, 1000)],
    Ns = [receive {n, I} -> I end || _ <- lists:seq(1, 1000)],
    {R1, R2, R3, Got, R4, R5, Back, Ns =:= lists:seq(1, 1000), flush()}.

start() ->
    isolated(fun run/0).
