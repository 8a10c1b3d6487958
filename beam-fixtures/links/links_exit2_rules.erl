%% exit/2 sent to another process: normal is ignored by non-trappers and a message for
%% trappers; kill always kills (reason killed, even when trapping); other reasons kill
%% non-trappers and are messages for trappers. To a dead process or to self.
-module(links_exit2_rules).
-export([start/0]).
-include("../include/fixture_procs.hrl").

target(Trap) ->
    Self = self(),
    spawn_monitor(fun() ->
                          process_flag(trap_exit, Trap),
                          Self ! {target_ready, self()},
                          receive
                              {'EXIT', From, Why} -> Self ! {target_got, self(), From =:= Self, Why}
                          after 300 -> Self ! {target_got, self(), nothing}
                          end
                  end).

case_of(Reason, Trap) ->
    {T, Ref} = target(Trap),
    receive {target_ready, T} -> ok end,
    Ret = exit(T, Reason),
    Exit = receive {'DOWN', Ref, process, T, W} -> W end,
    Got = receive
              {target_got, T, SelfSent, Why} -> {got, SelfSent, Why};
              {target_got, T, nothing} -> got_nothing
          after 0 -> died
          end,
    {Reason, Trap, Ret, Got, Exit}.

%% exit(self(), Reason) from inside a process.
self_case(Reason, Trap) ->
    Self = self(),
    {P, Ref} = spawn_monitor(fun() ->
                                     process_flag(trap_exit, Trap),
                                     exit(self(), Reason),
                                     Msg = receive M -> M after 100 -> nothing end,
                                     Self ! {self_case, self(), scrub(Msg, [{self(), self_pid}])},
                                     exit(survived)
                             end),
    Exit = receive {'DOWN', Ref, process, P, W} -> W end,
    Saw = receive {self_case, P, S} -> S after 0 -> died end,
    {self, Reason, Trap, Saw, Exit}.

run() ->
    Others = [case_of(R, T) || R <- [normal, kill, killed, shutdown, {some, term}], T <- [false, true]],
    Selves = [self_case(R, T) || R <- [normal, kill, shutdown], T <- [false, true]],
    Dead = spawn_waiter(),
    normal = stop_waiter(Dead),
    ToDead = [exit(Dead, R) || R <- [normal, kill, other]],
    Bad = [catching(fun() -> exit(id(not_a_pid), normal) end),
           catching(fun() -> exit(id("pid"), kill) end)],
    {Others, Selves, ToDead, Bad, flush()}.

start() ->
    isolated(fun run/0).
