%% A pipeline of stages, each a process that transforms items and passes them on; items
%% keep their order; an end-of-stream marker flushes and closes every stage in turn.
-module(concurrent_pipeline).
-export([start/0]).
-include("../include/fixture_procs.hrl").

stage(F, Next) ->
    receive
        eos -> Next ! eos;
        {item, X} ->
            case F(X) of
                drop -> ok;
                {many, Ys} -> [Next ! {item, Y} || Y <- Ys];
                Y -> Next ! {item, Y}
            end,
            stage(F, Next)
    end.

sink(Acc, Parent) ->
    receive
        {item, X} -> sink([X | Acc], Parent);
        eos -> Parent ! {sink, lists:reverse(Acc)}
    end.

run() ->
    Self = self(),
    Sink = spawn(fun() -> sink([], Self) end),
    Stages = [fun(X) -> X * 3 end,
              fun(X) when X rem 2 =:= 0 -> drop; (X) -> X end,
              fun(X) -> {many, [X, -X]} end,
              fun(X) -> {X, integer_to_list(X)} end],
    Head = lists:foldr(fun(F, Next) -> spawn(fun() -> stage(F, Next) end) end, Sink, Stages),
    [Head ! {item, I} || I <- lists:seq(1, 50)],
    Head ! eos,
    Out = receive {sink, L} -> L end,
    {length(Out), lists:sublist(Out, 6), lists:last(Out)}.

start() ->
    isolated(fun run/0).
