%% A table passed down a chain of heirs: each new owner names the next heir with
%% ets:setopts before it dies; the contents and the writes of each owner survive.
-module(ets_procs_heir_chain).
-export([start/0]).
-include("../include/fixture_procs.hrl").

%% Waits for the table, writes to it, names Next as heir, reports, and dies when told.
link_in_chain(I, Parent) ->
    receive
        {next, Next} ->
            receive
                {'ETS-TRANSFER', T, _From, Data} ->
                    ets:insert(T, {I, Data}),
                    case Next of
                        none -> ok;
                        _ -> ets:setopts(T, {heir, Next, {from, I}})
                    end,
                    Parent ! {owner, I, T, lists:sort(ets:tab2list(T))},
                    receive die -> ok end
            end
    end.

run() ->
    Self = self(),
    Chain = [spawn(fun() -> link_in_chain(I, Self) end) || I <- lists:seq(1, 6)],
    [P ! {next, Next} || {P, Next} <- lists:zip(Chain, tl(Chain) ++ [none])],
    T = ets:new(ets_procs_heir_chain_t, [public, {heir, hd(Chain), {from, 0}}]),
    ets:insert(T, {origin, self() =:= Self}),
    %% We die first (well: we give it away), then each owner in turn.
    ets:give_away(T, hd(Chain), {from, 0}),
    Owners = [begin
                  Contents = receive {owner, I, T, C} -> C end,
                  send_and_await_exit(P, die),
                  {I, length(Contents)}
              end || {I, P} <- lists:zip(lists:seq(1, 6), Chain)],
    %% The last one had no heir: the table is gone.
    {Owners, ets:info(T)}.

start() ->
    isolated(fun run/0).
