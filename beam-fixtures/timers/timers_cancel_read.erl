%% erlang:cancel_timer/1,2 and read_timer/1,2: the time left (an integer within bounds) while
%% running, false once fired or cancelled; {async, true} answers with a message
%% {cancel_timer, Ref, Result} / {read_timer, Ref, Result}; {info, false} answers nothing.
-module(timers_cancel_read).
-export([start/0]).
-include("../include/fixture_procs.hrl").

within(T, Max) when is_integer(T), T >= 0, T =< Max -> within;
within(T, _) -> T.

run() ->
    R1 = erlang:send_after(10000, self(), never),
    Read1 = within(erlang:read_timer(R1), 10000),
    Cancel1 = within(erlang:cancel_timer(R1), 10000),
    Cancel1b = erlang:cancel_timer(R1),
    Read1b = erlang:read_timer(R1),
    %% Fired: false, and the message is still delivered.
    R2 = erlang:send_after(0, self(), fired),
    receive fired -> ok end,
    Cancel2 = erlang:cancel_timer(R2),
    Read2 = erlang:read_timer(R2),
    %% async.
    R3 = erlang:start_timer(10000, self(), never),
    A3 = erlang:read_timer(R3, [{async, true}]),
    M3 = receive {read_timer, R3, T3} -> within(T3, 10000) end,
    A3b = erlang:cancel_timer(R3, [{async, true}]),
    M3b = receive {cancel_timer, R3, T3b} -> within(T3b, 10000) end,
    A3c = erlang:cancel_timer(R3, [{async, true}]),
    M3c = receive {cancel_timer, R3, T3c} -> T3c end,
    %% info false.
    R4 = erlang:send_after(10000, self(), never),
    I4 = erlang:cancel_timer(R4, [{info, false}]),
    R5 = erlang:send_after(10000, self(), never),
    I5 = erlang:cancel_timer(R5, [{async, true}, {info, false}]),
    Quiet = receive {cancel_timer, R5, _} -> answered after 50 -> silent end,
    I5b = erlang:read_timer(R5),
    %% Not a timer at all.
    NotTimer = {erlang:cancel_timer(make_ref()), erlang:read_timer(make_ref())},
    %% Cancelling a timer that was made by another process.
    Self = self(),
    spawn(fun() -> Self ! {timer, erlang:send_after(10000, Self, from_other)} end),
    R6 = receive {timer, R} -> R end,
    C6 = within(erlang:cancel_timer(R6), 10000),
    None = receive from_other -> came after 0 -> none end,
    Bad = [catching(fun() -> erlang:cancel_timer(id(not_a_ref)) end),
           catching(fun() -> erlang:read_timer(id(42)) end),
           catching(fun() -> erlang:cancel_timer(make_ref(), id([{async, yes}])) end),
           catching(fun() -> erlang:read_timer(make_ref(), id([bogus])) end)],
    {Read1, Cancel1, Cancel1b, Read1b, Cancel2, Read2, A3, M3, A3b, M3b, A3c, M3c, I4, I5,
     Quiet, I5b, NotTimer, C6, None, Bad, flush()}.

start() ->
    isolated(fun run/0).
