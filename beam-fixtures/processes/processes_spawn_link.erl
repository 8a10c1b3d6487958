%% spawn_link/1,2,3,4: the link exists on both sides from the start; a normal exit of the child
%% leaves the parent alone; an abnormal one kills a parent that does not trap exits, and is a
%% message {'EXIT', Child, Reason} for one that does.
-module(processes_spawn_link).
-export([start/0, linked_child/1]).
-include("../include/fixture_procs.hrl").

linked_child(Parent) ->
    Parent ! {links, self(), element(2, process_info(self(), links))},
    receive {exit_with, R} -> exit(R) end.

start() ->
    isolated(fun run/0).

run() ->
    Self = self(),
    %% A middle process spawn_links a child and reports what it sees.
    Middle = fun(Reason, Trap) ->
                     spawn_monitor(
                       fun() ->
                               process_flag(trap_exit, Trap),
                               C = spawn_link(?MODULE, linked_child, [self()]),
                               ChildLinks = receive {links, C, L} -> L end,
                               {links, MyLinks} = process_info(self(), links),
                               Self ! {middle_linked, self(), ChildLinks =:= [self()], MyLinks =:= [C]},
                               C ! {exit_with, Reason},
                               %% Trapping: the message comes. Not trapping: either this process
                               %% dies first, or (normal) nothing ever comes.
                               Got = receive
                                         {'EXIT', C, Why} -> {exit_msg, Why}
                                     after 200 -> no_exit_message
                                     end,
                               Self ! {middle_got, self(), Got}
                       end)
             end,
    Run = fun(Reason, Trap) ->
                  {M, Ref} = Middle(Reason, Trap),
                  MiddleExit = receive {'DOWN', Ref, process, M, W} -> W end,
                  Linked = receive {middle_linked, M, A, B} -> {A, B} after 0 -> no_report end,
                  Got = receive {middle_got, M, G} -> G after 0 -> middle_died end,
                  {Linked, Got, MiddleExit}
          end,
    Cases = [{normal, false}, {normal, true}, {shutdown, false}, {shutdown, true},
             {{some, reason}, false}, {{some, reason}, true}, {kill, false}, {kill, true}],
    Results = [{Reason, Trap, Run(Reason, Trap)} || {Reason, Trap} <- Cases],
    %% spawn_link/3 and spawn_link/4 with node().
    process_flag(trap_exit, true),
    P3 = spawn_link(erlang, length, [[a, b, c]]),
    E3 = receive {'EXIT', P3, W3} -> W3 end,
    P4 = spawn_link(node(), fun() -> exit(from_four) end),
    E4 = receive {'EXIT', P4, W4} -> W4 end,
    P5 = spawn_link(node(), erlang, exit, [from_five]),
    E5 = receive {'EXIT', P5, W5} -> W5 end,
    process_flag(trap_exit, false),
    Bad = catching(fun() -> spawn_link(id(42)) end),
    {Results, E3, E4, E5, Bad, flush()}.
