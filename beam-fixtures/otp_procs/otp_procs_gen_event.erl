%% The real OTP gen_event: a manager with two handlers, notify/sync_notify, call to one
%% handler, delete_handler with its terminate result, which_handlers, swap_handler.
-module(otp_procs_gen_event).
-behaviour(gen_event).
-export([start/0, init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).
-include("../include/fixture_procs.hrl").

init({Name, Parent}) -> {ok, #{name => Name, seen => [], parent => Parent}}.

handle_event(E, S = #{seen := Seen}) -> {ok, S#{seen := [E | Seen]}}.

handle_call(seen, S = #{seen := Seen}) -> {ok, lists:reverse(Seen), S}.

handle_info(I, S = #{seen := Seen}) -> {ok, S#{seen := [{info, I} | Seen]}}.

terminate(swap, #{name := N, seen := Seen}) -> {swapped_from, N, length(Seen)};
terminate(Arg, #{name := N, seen := Seen}) -> {terminated, N, Arg, length(Seen)}.

run() ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, a}, {a, self()}),
    ok = gen_event:add_handler(M, {?MODULE, b}, {b, self()}),
    ok = gen_event:notify(M, one),
    ok = gen_event:sync_notify(M, two),
    M ! three,
    ok = gen_event:sync_notify(M, four),
    A = gen_event:call(M, {?MODULE, a}, seen),
    B = gen_event:call(M, {?MODULE, b}, seen),
    Which = lists:sort(gen_event:which_handlers(M)),
    Del = gen_event:delete_handler(M, {?MODULE, a}, bye),
    Which2 = gen_event:which_handlers(M),
    Missing = gen_event:call(M, {?MODULE, a}, seen),
    Swap = gen_event:swap_handler(M, {{?MODULE, b}, swap}, {{?MODULE, c}, {c, self()}}),
    Which3 = gen_event:which_handlers(M),
    ok = gen_event:stop(M),
    {A, B, Which, Del, Which2, Missing, Swap, Which3}.

start() ->
    isolated(fun run/0).
