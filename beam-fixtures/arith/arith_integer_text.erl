-module(arith_integer_text).
-export([start/0]).

%% integer_to_list/binary of computed values across the boundaries, in bases 2, 10, 16 and
%% 36, and parsing them back; digit counts of powers.

start() ->
    Vals = [(1 bsl N) + D || N <- [0, 31, 32, 58, 59, 60, 63, 64, 127, 128], D <- [-1, 0, 1]],
    Text = [{integer_to_list(V), integer_to_list(V, 16), integer_to_binary(-V, 36), integer_to_list(V, 2)} || V <- Vals],
    Back = lists:all(fun(V) -> list_to_integer(integer_to_list(V, 7), 7) =:= V end, Vals),
    Digits = [length(integer_to_list(1 bsl N)) || N <- lists:seq(0, 300, 25)],
    {Text, Back, Digits}.
