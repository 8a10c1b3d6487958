-module(bifs_misc_id_text).
-export([start/0]).

%% Pids, ports and references to and from their text: the forms list_to_pid/ref/port accept
%% (local ones only), round trips, and badarg for everything else.
-define(T(E), (fun() -> try E catch Cx_:Rx_ -> {Cx_, Rx_} end end)()).
start() ->
  P = list_to_pid("<0.80.0>"), R = list_to_ref("#Ref<0.1.2.3>"), Po = list_to_port("#Port<0.5>"),
  [pid_to_list(P), ref_to_list(R), port_to_list(Po), P =:= list_to_pid(pid_to_list(P)),
   R =:= list_to_ref(ref_to_list(R)), is_pid(P), is_reference(R), is_port(Po),
   [?T(list_to_pid(S)) || S <- ["<0.1.2>", "<0.01.2>", "<00.1.2>", "<1.2.3>", "<0.1.2", " <0.1.2>", "<0. 1.2>", "<0.-1.2>", "<0.+1.2>", "<0.1.2>x", "", "<>", "<0.1>", "<0..1>", "<0.1.2.3>", x, [$<|a], "<0.1.2>\n"]],
   [?T(list_to_ref(S)) || S <- ["#Ref<0.1.2.3>", "#Ref<0.1.2>", "#Ref<0.1.2.3.4.5.6>", "#Ref<1.1.2.3>", "#Ref<0.0.0.0>", "Ref<0.1.2.3>", "#Ref<00.1.2.03>", x]],
   [?T(list_to_port(S)) || S <- ["#Port<0.1>", "#Port<0.1.2>", "#Port<1.1>", "#Port<0.>", x]],
   [?T(F(X)) || F <- [fun erlang:pid_to_list/1, fun erlang:ref_to_list/1, fun erlang:port_to_list/1], X <- [a, 1, P, R, Po, "<0.1.2>"]],
   is_list(pid_to_list(self())), lists:prefix("#Ref<0.", ref_to_list(make_ref())), self() =:= list_to_pid(pid_to_list(self()))].
