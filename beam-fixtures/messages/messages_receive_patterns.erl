%% Receive clauses with bound variables (match a specific value), repeated variables,
%% guards with complex tests (map sizes, binary parts, element), and the catch-all last.
-module(messages_receive_patterns).
-export([start/0]).
-include("../include/fixture_procs.hrl").

wait_for(Id) ->
    receive
        {reply, Id, Value} -> {matched, Value}
    after 0 -> none
    end.

run() ->
    [self() ! M || M <- [{reply, 1, one}, {reply, 2, two}, {pair, x, x}, {pair, x, y},
                         #{size => 3, a => 1}, #{a => 1}, <<"head:tail">>, {nested, {deep, 7}},
                         {list, [1, 2, 3]}, {list, []}, other]],
    A = wait_for(2),
    B = wait_for(3),
    C = receive {pair, V, V} -> {same, V} end,
    D = receive M when is_map(M), map_size(M) =:= 1 -> {map1, M} end,
    E = receive <<"head:", Rest/binary>> -> {bin, Rest} end,
    F = receive {nested, T} when element(2, T) > 5 -> {nested, T} end,
    G = receive {list, L} when length(L) > 0, hd(L) =:= 1 -> {list, L} end,
    H = receive {list, []} -> empty_list end,
    I = [receive X -> X end || _ <- lists:seq(1, 4)],
    J = receive X2 -> X2 after 0 -> mailbox_empty end,
    {A, B, C, D, E, F, G, H, I, J}.

start() ->
    isolated(fun run/0).
