%% The real OTP gen_server: start_link, call (with timeouts), cast, info messages, state,
%% a call to a stopped server (exit noproc), stop/1 with terminate/2 called.
-module(otp_procs_gen_server).
-behaviour(gen_server).
-export([start/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).
-include("../include/fixture_procs.hrl").

init({Start, Parent}) ->
    process_flag(trap_exit, true),
    {ok, #{count => Start, log => [], parent => Parent}}.

handle_call(get, _From, S) -> {reply, maps:get(count, S), S};
handle_call({add, N}, _From, S = #{count := C}) -> {reply, C + N, S#{count := C + N}};
handle_call(slow, From, S) ->
    %% Reply later, from outside the callback.
    erlang:send_after(200, self(), {late_reply, From}),
    {noreply, S};
handle_call(log, _From, S) -> {reply, lists:reverse(maps:get(log, S)), S};
handle_call(crash, _From, _S) -> erlang:error(deliberate);
handle_call(stop_me, _From, S) -> {stop, normal, stopping, S}.

handle_cast({note, X}, S = #{log := L}) -> {noreply, S#{log := [{cast, X} | L]}}.

handle_info({late_reply, From}, S) -> gen_server:reply(From, late), {noreply, S};
handle_info(Other, S = #{log := L}) -> {noreply, S#{log := [{info, Other} | L]}}.

terminate(Reason, #{parent := Parent, count := C}) ->
    Parent ! {terminated, Reason, C}.

run() ->
    quiet_logger(),
    process_flag(trap_exit, true),
    {ok, Pid} = gen_server:start_link(?MODULE, {10, self()}, []),
    A = gen_server:call(Pid, get),
    B = gen_server:call(Pid, {add, 5}),
    ok = gen_server:cast(Pid, {note, one}),
    Pid ! plain_message,
    ok = gen_server:cast(Pid, {note, two}),
    C = gen_server:call(Pid, log),
    D = catching(fun() -> gen_server:call(Pid, slow, 20) end),
    %% The late reply goes to an alias that no longer exists: nothing reaches us.
    receive after 300 -> ok end,
    Stray = flush(),
    E = gen_server:call(Pid, slow, 2000),
    F = gen_server:call(Pid, {add, 1}),
    %% Named servers.
    {ok, Named} = gen_server:start({local, otp_procs_gen_server_named}, ?MODULE, {0, self()}, []),
    G = gen_server:call(otp_procs_gen_server_named, {add, 7}),
    H = catching(fun() -> gen_server:start({local, otp_procs_gen_server_named}, ?MODULE, {0, self()}, []) end),
    ok = gen_server:stop(otp_procs_gen_server_named),
    T1 = receive {terminated, R1, C1} -> {R1, C1} end,
    _ = Named,
    I = catching(fun() -> gen_server:call(otp_procs_gen_server_named, get) end),
    %% stop from a callback, then the 'EXIT' of the linked server.
    J = gen_server:call(Pid, stop_me),
    T2 = receive {terminated, R2, C2} -> {R2, C2} end,
    K = receive {'EXIT', Pid, Why} -> Why end,
    {A, B, C, scrub(D, [{Pid, server}]), Stray, E, F, G, scrub(H, []), T1, scrub(I, []), J, T2, K}.

start() ->
    isolated(fun run/0).
