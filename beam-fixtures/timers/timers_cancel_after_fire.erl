%% Cancelling a timer whose message is already in the mailbox: cancel_timer says false and
%% the message stays (it is not taken back); a timer cancelled in time never delivers.
-module(timers_cancel_after_fire).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    R1 = erlang:send_after(0, self(), fired),
    ok = await_message(fun(M) -> M =:= fired end),
    C1 = erlang:cancel_timer(R1),
    Still = receive fired -> still_there after 0 -> gone end,
    R2 = erlang:start_timer(0, self(), fired2),
    ok = await_message(fun(M) -> element(1, M) =:= timeout end),
    C2 = erlang:cancel_timer(R2, [{async, false}, {info, true}]),
    Still2 = receive {timeout, R2, fired2} -> still_there after 0 -> gone end,
    %% Cancelled in time: nothing comes.
    Refs = [erlang:send_after(100 + I, self(), {never, I}) || I <- lists:seq(1, 100)],
    Cancelled = lists:all(fun(R) -> is_integer(erlang:cancel_timer(R)) end, Refs),
    Nothing = receive {never, _} -> came after 300 -> nothing end,
    {C1, Still, C2, Still2, Cancelled, Nothing}.

start() ->
    isolated(fun run/0).
