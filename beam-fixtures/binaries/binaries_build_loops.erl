-module(binaries_build_loops).
-export([start/0]).

%% Building binaries incrementally in every style: appending bytes, prepending, iolist
%% accumulation then conversion, binary comprehensions, and appending to binaries that are
%% still referenced elsewhere (which forces copies).

start() ->
    N = 5000,
    Append = lists:foldl(fun(I, Acc) -> <<Acc/binary, (I band 255)>> end, <<>>, lists:seq(1, N)),
    Prepend = lists:foldl(fun(I, Acc) -> <<(I band 255), Acc/binary>> end, <<>>, lists:seq(1, 500)),
    IoList = iolist_to_binary(lists:foldl(fun(I, Acc) -> [Acc, <<(I band 255)>>] end, [], lists:seq(1, N))),
    Comp = << <<(I band 255)>> || I <- lists:seq(1, N) >>,
    Shared = shared_append(<<"base">>, 20, []),
    Words = lists:foldl(fun(W, Acc) -> <<Acc/binary, W/binary, " ">> end, <<>>, [<<"alpha">>, <<"beta">>, <<"gamma">>]),
    {byte_size(Append), Append =:= IoList, Append =:= Comp, erlang:md5(Append), Prepend, Shared, Words}.

shared_append(_, 0, Acc) -> lists:reverse(Acc);
shared_append(B, N, Acc) ->
    B1 = <<B/binary, (N + $a)>>,
    B2 = <<B/binary, "!">>,
    shared_append(B1, N - 1, [{byte_size(B1), B2} | Acc]).
