%% Terms that came from a module's constants outlive the version they came from: big
%% literal terms of version 1 are kept in this process, in the state and the dictionary of
%% other processes, in a mailbox, a hibernated process, a timer's message, a monitor tag,
%% ETS, persistent_term and as a sub-binary; then both versions are purged in turn (v1, v2,
%% v1 again, v2 again: each load purges the old version), other code is loaded into the
%% freed memory, and every stored term must still be intact.
%% RUN: alone
-module(code_loading_literal_release).
-export([start/0, hibernated/1]).
-include("../include/fixture_procs.hrl").
-include("embedded_beams.hrl").

-define(M, cl_embed_literals).

start() ->
    isolated(fun run/0).

run() ->
    {module, ?M} = code:load_binary(?M, "v1.beam", ?BEAM_V1_CL_EMBED_LITERALS),
    Big = ?M:big(),
    Bin = ?M:bin(),
    Map = ?M:map(),
    Fun = ?M:ext_fun(),
    Tag = ?M:tag(),
    <<_:7/binary, Sub/binary>> = Bin,
    %% Independent copies to compare with afterwards.
    Tab = ets:new(literal_copies, [set, private]),
    true = ets:insert(Tab, [{big, Big}, {bin, Bin}, {map, Map}, {tag, Tag}, {sub, Sub}]),
    persistent_term:put({?MODULE, big}, Big),
    Self = self(),
    Holder = spawn(fun() -> holder({Big, Map, Sub}) end),
    Dict = spawn(fun() -> put(big, Big), put(map, Map), dict_loop() end),
    %% A process that takes its messages only after `go`: the big one waits in its mailbox.
    Late = spawn(fun() -> receive go -> ok end, receive {late, T} -> Self ! {late_back, T} end end),
    Late ! {late, Big},
    Hib = spawn(fun() -> erlang:hibernate(?MODULE, hibernated, [Map]) end),
    Watched = spawn_waiter(),
    MonRef = erlang:monitor(process, Watched, [{tag, Tag}]),
    _ = erlang:send_after(300, self(), {timer, Big}),
    await_status(Hib, waiting),
    Loads = [code:load_binary(?M, "v2.beam", ?BEAM_V2_CL_EMBED_LITERALS),
             code:load_binary(?M, "v1.beam", ?BEAM_V1_CL_EMBED_LITERALS),
             code:load_binary(?M, "v2.beam", ?BEAM_V2_CL_EMBED_LITERALS)],
    %% Fill memory again: more literal areas and garbage.
    Garbage = [lists:seq(1, N) || N <- lists:seq(1, 300)],
    {module, code_loading_funs} = code:ensure_loaded(code_loading_funs),
    Version = ?M:version(),
    [{big, EBig}] = ets:lookup(Tab, big),
    [{bin, EBin}] = ets:lookup(Tab, bin),
    [{map, EMap}] = ets:lookup(Tab, map),
    [{tag, ETag}] = ets:lookup(Tab, tag),
    [{sub, ESub}] = ets:lookup(Tab, sub),
    Holder ! {give, self()},
    HolderState = receive {state, S} -> S end,
    Dict ! {give, self()},
    DictState = receive {dict, D} -> D end,
    Late ! go,
    LateBack = receive {late_back, LB} -> LB end,
    Hib ! {give, self()},
    HibState = receive {hibernated, H} -> H end,
    TimerMsg = receive {timer, TM} -> TM end,
    stop_waiter(Watched),
    Down = receive {DTag, MonRef, process, _, _} -> DTag end,
    Checks =
        [{self_big, Big =:= EBig},
         {self_bin, Bin =:= EBin},
         {self_map, Map =:= EMap},
         {self_sub, Sub =:= ESub},
         {self_fun, Fun([1, 2, 3])},
         {holder, HolderState =:= {EBig, EMap, ESub}},
         {dict, DictState =:= [{big, EBig}, {map, EMap}]},
         {mailbox, LateBack =:= EBig},
         {hibernated, HibState =:= EMap},
         {timer, TimerMsg =:= EBig},
         {monitor_tag, Down =:= ETag},
         {persistent_term, persistent_term:get({?MODULE, big}) =:= EBig}],
    persistent_term:erase({?MODULE, big}),
    {Version, Loads, length(Garbage), Checks,
     {length(EBig), lists:nth(77, EBig), byte_size(EBin), maps:get(33, EMap), ETag, ESub},
     erlang:phash2({EBig, EBin, EMap, ETag})}.

holder(State) ->
    receive
        {give, From} -> From ! {state, State}, holder(State)
    end.

dict_loop() ->
    receive
        {give, From} -> From ! {dict, lists:sort([{K, get(K)} || K <- [big, map]])}, dict_loop()
    end.

hibernated(State) ->
    receive
        {give, From} -> From ! {hibernated, State}
    end.
