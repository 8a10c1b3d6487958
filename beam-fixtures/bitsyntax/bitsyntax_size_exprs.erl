-module(bitsyntax_size_exprs).
-export([start/0]).

%% Segment sizes computed from expressions and from earlier segments of the same pattern,
%% units multiplying the size, and sizes that are zero, huge or invalid.

start() ->
    Ok = [sized(B) || B <- [<<2, 1, 2, 3, 4, 5>>, <<0, 9>>, <<1, 255, 254, 7>>, <<3, 1, 2>>]],
    Construct = [<<1:(N * 8)>> || N <- [0, 1, 2, 9]] ++ [<<(-1):(N + 1)/unit:4>> || N <- [0, 3]],
    Nested = [nested(B) || B <- [<<2, 3, "abcdef", "gh">>, <<1, 1, "x", "yz">>]],
    Guards = [guarded(B) || B <- [<<4, "abcd">>, <<4, "abc">>, <<0>>]],
    Errors = [catching(fun() -> <<1:(id(-1) * 8)>> end), catching(fun() -> <<1:(id(a))>> end),
              catching(fun() -> <<(id(<<1, 2>>)):(id(3))/binary>> end),
              catching(fun() -> S = id(1.5), <<X:S>> = <<1>>, X end)],
    {Ok, Construct, Nested, Guards, Errors}.

sized(<<N, Payload:(N * 2)/binary, Rest/binary>>) -> {N, Payload, Rest};
sized(<<N, Rest/binary>>) -> {short, N, Rest}.

nested(<<A, B, X:(A + B)/binary, Rest/binary>>) -> {A + B, X, Rest}.

guarded(<<N, Data/binary>>) when byte_size(Data) =:= N -> {exact, Data};
guarded(<<N, Data/binary>>) when byte_size(Data) < N -> {truncated, N - byte_size(Data)};
guarded(_) -> other.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
