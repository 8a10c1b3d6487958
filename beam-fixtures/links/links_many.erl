%% One process linked to 300 others: when it is killed they all die with killed; when one
%% of them crashes, the hub (trapping) gets exactly that one 'EXIT' and the rest live.
-module(links_many).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    Self = self(),
    Hub = spawn(fun() ->
                        Kids = [spawn_link(fun() -> receive {crash, R} -> exit(R) end end)
                                || _ <- lists:seq(1, 300)],
                        Self ! {kids, Kids},
                        receive never -> ok end
                end),
    Kids = receive {kids, K} -> K end,
    {links, HubLinks} = process_info(Hub, links),
    Refs = [erlang:monitor(process, P) || P <- Kids],
    exit(Hub, kill),
    Reasons = lists:usort([receive {'DOWN', R, process, _, W} -> W end || R <- Refs]),
    %% A trapping hub.
    Hub2 = spawn(fun() ->
                         process_flag(trap_exit, true),
                         Kids2 = [spawn_link(fun() -> receive {crash, R} -> exit(R) end end)
                                  || _ <- lists:seq(1, 300)],
                         Self ! {kids, Kids2},
                         receive {'EXIT', From, Why} ->
                                 Self ! {hub_saw, lists:member(From, Kids2), Why,
                                         length(element(2, process_info(self(), links)))}
                         end,
                         receive never -> ok end
                 end),
    Kids2 = receive {kids, K2} -> K2 end,
    lists:nth(150, Kids2) ! {crash, one_of_many},
    Saw = receive {hub_saw, Member, Why, Left} -> {Member, Why, Left} end,
    Alive = length([P || P <- Kids2, is_process_alive(P)]),
    Refs2 = [erlang:monitor(process, P) || P <- Kids2, P =/= lists:nth(150, Kids2)],
    exit(Hub2, kill),
    Reasons2 = lists:usort([receive {'DOWN', R, process, _, W} -> W end || R <- Refs2]),
    {length(HubLinks), Reasons, Saw, Alive, Reasons2}.

start() ->
    isolated(fun run/0).
