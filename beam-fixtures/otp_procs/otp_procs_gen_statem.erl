%% The real OTP gen_statem (state_functions): a code lock with a state timeout, postponed
%% events, calls and casts.
-module(otp_procs_gen_statem).
-behaviour(gen_statem).
-export([start/0, callback_mode/0, init/1, locked/3, open/3]).
-include("../include/fixture_procs.hrl").

callback_mode() -> state_functions.

init(Code) -> {ok, locked, #{code => Code, typed => [], opened => 0}}.

locked(cast, {button, D}, #{code := Code, typed := T} = Data) ->
    case T ++ [D] of
        Code -> {next_state, open, Data#{typed := [], opened := maps:get(opened, Data) + 1},
                 [{state_timeout, 500, lock}]};
        T2 when length(T2) < length(Code) -> {keep_state, Data#{typed := T2}};
        _ -> {keep_state, Data#{typed := []}}
    end;
locked({call, From}, state, Data) -> {keep_state_and_data, [{reply, From, {locked, maps:get(typed, Data)}}]};
locked({call, _From}, open_door, _Data) -> {keep_state_and_data, [postpone]}.

open(state_timeout, lock, Data) -> {next_state, locked, Data};
open({call, From}, state, Data) -> {keep_state_and_data, [{reply, From, {open, maps:get(opened, Data)}}]};
open({call, From}, open_door, _Data) -> {keep_state_and_data, [{reply, From, door_opened}]};
open(cast, {button, _}, _Data) -> keep_state_and_data.

run() ->
    {ok, P} = gen_statem:start(?MODULE, [1, 2, 3], []),
    S0 = gen_statem:call(P, state),
    gen_statem:cast(P, {button, 1}),
    S1 = gen_statem:call(P, state),
    %% open_door is postponed while locked, and answered once the code opens the lock.
    Self = self(),
    spawn(fun() -> Self ! {door, gen_statem:call(P, open_door)} end),
    receive after 20 -> ok end,
    gen_statem:cast(P, {button, 2}),
    gen_statem:cast(P, {button, 3}),
    Door = receive {door, D} -> D end,
    S2 = gen_statem:call(P, state),
    %% The state timeout locks it again.
    S3 = wait_locked(P),
    ok = gen_statem:stop(P),
    {S0, S1, Door, S2, S3}.

wait_locked(P) ->
    case gen_statem:call(P, state) of
        {locked, _} = S -> S;
        _ -> receive after 10 -> wait_locked(P) end
    end.

start() ->
    isolated(fun run/0).
