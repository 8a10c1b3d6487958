%% sys on a real gen_server: get_state, replace_state, suspend/resume (calls wait while
%% suspended), get_status shape, statistics on/off.
-module(otp_procs_sys).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2]).
-include("../include/fixture_procs.hrl").

init(N) -> {ok, N}.
handle_call(get, _From, N) -> {reply, N, N};
handle_call(inc, _From, N) -> {reply, N + 1, N + 1}.
handle_cast(_, N) -> {noreply, N}.

run() ->
    {ok, S} = gen_server:start(?MODULE, 10, []),
    A = sys:get_state(S),
    B = sys:replace_state(S, fun(N) -> N * 2 end),
    C = gen_server:call(S, get),
    ok = sys:suspend(S),
    Self = self(),
    spawn(fun() -> Self ! {inc, gen_server:call(S, inc)} end),
    Blocked = receive {inc, _} -> answered after 100 -> blocked_while_suspended end,
    ok = sys:resume(S),
    Inc = receive {inc, X} -> X end,
    {status, Pid, {module, gen_server}, [_PDict, SysState, _Parent, _Dbg, _Misc]} = sys:get_status(S),
    ok = sys:statistics(S, true),
    gen_server:call(S, get),
    {ok, Stats} = sys:statistics(S, get),
    ok = sys:statistics(S, false),
    ok = gen_server:stop(S),
    {A, B, C, Blocked, Inc, Pid =:= S, SysState, lists:sort([K || {K, _} <- Stats])}.

start() ->
    isolated(fun run/0).
