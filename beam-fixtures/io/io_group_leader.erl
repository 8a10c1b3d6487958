%% group_leader/0,2: spawned processes inherit the group leader; group_leader/2 changes it for
%% another process (and errors); printing from several processes in a fixed order (each waits
%% for its turn) to the real standard output, and to a capturing group leader.
%% RUN: alone
-module(io_group_leader).
-export([start/0]).

catching(F) -> try {ok, F()} catch C:R -> {C, R} end.

%% A capturing I/O server that only knows put_chars.
capture(Acc) ->
    receive
        {io_request, From, ReplyAs, {put_chars, Enc, M, F, A}} ->
            From ! {io_reply, ReplyAs, ok},
            capture([unicode:characters_to_list(apply(M, F, A), Enc) | Acc]);
        {io_request, From, ReplyAs, {put_chars, Enc, Chars}} ->
            From ! {io_reply, ReplyAs, ok},
            capture([unicode:characters_to_list(Chars, Enc) | Acc]);
        {io_request, From, ReplyAs, _} ->
            From ! {io_reply, ReplyAs, {error, request}},
            capture(Acc);
        {dump, To} ->
            To ! {captured, lists:flatten(lists:reverse(Acc))}
    end.

start() ->
    Self = self(),
    MyGL = group_leader(),
    %% Inheritance, two generations deep.
    spawn(fun() ->
                  Child = group_leader(),
                  spawn(fun() -> Self ! {gl, Child, group_leader()} end)
          end),
    Inherited = receive {gl, G1, G2} -> {G1 =:= MyGL, G2 =:= MyGL} end,
    %% Ten processes print in turn: each waits for a token from the previous one.
    Printers = [spawn(fun() ->
                              receive {turn, Next} -> ok end,
                              io:format("printer ~w speaking~n", [I]),
                              Next ! {turn, done}
                      end) || I <- lists:seq(1, 10)],
    lists:foldr(fun(P, Next) -> P ! {turn, Next}, P end, Self, Printers),
    receive {turn, done} -> ok end,
    %% group_leader/2 on another process, then that process prints into the capture.
    Cap = spawn(fun() -> capture([]) end),
    Worker = spawn(fun() ->
                           receive go -> ok end,
                           io:format("captured ~w~n", [1]),
                           io:put_chars("captured 2\n"),
                           spawn(fun() -> io:format("grandchild inherits the capture~n"),
                                          Self ! grandchild_done end),
                           Self ! worker_done
                   end),
    true = group_leader(Cap, Worker),
    Worker ! go,
    receive worker_done -> ok end,
    receive grandchild_done -> ok end,
    Cap ! {dump, self()},
    Captured = receive {captured, C} -> C end,
    io:format("back on standard output~n"),
    %% Changing our own group leader and back.
    Cap2 = spawn(fun() -> capture([]) end),
    true = group_leader(Cap2, self()),
    io:format("into the second capture~n"),
    true = group_leader(MyGL, self()),
    Cap2 ! {dump, self()},
    Captured2 = receive {captured, C2} -> C2 end,
    Bad = [catching(fun() -> group_leader(not_a_pid, self()) end),
           catching(fun() -> group_leader(self(), not_a_pid) end)],
    %% The group leader of a dead process cannot be set.
    {Dead, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, Dead, _} -> ok end,
    DeadSet = catching(fun() -> group_leader(self(), Dead) end),
    {Inherited, Captured, Captured2, Bad, DeadSet}.
