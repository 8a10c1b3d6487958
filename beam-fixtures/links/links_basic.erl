%% link/1 and unlink/1: both sides see the link, linking twice is one link, linking to self
%% does nothing, unlink removes it from both sides and is fine when there is no link.
-module(links_basic).
-export([start/0]).
-include("../include/fixture_procs.hrl").

links(P) ->
    {links, L} = process_info(P, links),
    lists:sort(L).

run() ->
    A = spawn_waiter(),
    B = spawn_waiter(),
    Names = [{self(), me}, {A, a}, {B, b}],
    L1 = link(A),
    L2 = link(A),
    L3 = link(B),
    L4 = link(self()),
    Mine1 = scrub(links(self()), Names),
    OfA1 = scrub(links(A), Names),
    U1 = unlink(A),
    U2 = unlink(A),
    U3 = unlink(self()),
    Mine2 = scrub(links(self()), Names),
    OfA2 = scrub(links(A), Names),
    %% The waiter ending normally leaves us alive and removes the link.
    normal = stop_waiter(B),
    Mine3 = scrub(links(self()), Names),
    normal = stop_waiter(A),
    %% Unlinking a dead process is fine.
    U4 = unlink(A),
    Bad = [catching(fun() -> link(id(not_a_pid)) end),
           catching(fun() -> unlink(id(not_a_pid)) end),
           catching(fun() -> link(id(make_ref())) end)],
    {L1, L2, L3, L4, Mine1, OfA1, U1, U2, U3, Mine2, OfA2, Mine3, U4, Bad, flush()}.

start() ->
    isolated(fun run/0).
