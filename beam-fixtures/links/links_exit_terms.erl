%% Exit reasons of any shape travel intact through links, monitors and exit/2: big tuples,
%% binaries (also large ones), maps, funs, pids and references (checked, not printed).
-module(links_exit_terms).
-export([start/0]).
-include("../include/fixture_procs.hrl").

run() ->
    Self = self(),
    Big = <<0:80000>>,
    Reasons = [{a, tuple, [with, "a string"]},
               <<"small binary">>,
               Big,
               #{map => reason, n => lists:seq(1, 50)},
               lists:seq(1, 1000),
               1 bsl 200,
               -2.5,
               fun erlang:node/0,
               {self, Self},
               {ref, make_ref()}],
    Monitored = [begin
                     {P, R} = spawn_monitor(fun() -> exit(Why) end),
                     receive {'DOWN', R, process, P, Got} -> Got =:= Why end
                 end || Why <- Reasons],
    process_flag(trap_exit, true),
    Linked = [begin
                  P = spawn_link(fun() -> exit(Why) end),
                  receive {'EXIT', P, Got} -> Got =:= Why end
              end || Why <- Reasons],
    Sent = [begin
                P = spawn_link(fun() -> process_flag(trap_exit, true),
                                        Self ! ready,
                                        receive {'EXIT', _, Got} -> Self ! {got, Got =:= Why} end
                               end),
                receive ready -> ok end,
                exit(P, Why),
                Got = receive {got, B} -> B end,
                receive {'EXIT', P, normal} -> Got end
            end || Why <- Reasons],
    {Monitored, Linked, Sent, flush()}.

start() ->
    isolated(fun run/0).
