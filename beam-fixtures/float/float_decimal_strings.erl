-module(float_decimal_strings).
-export([start/0]).

%% Decimal strings with 1 to 17 significant digits parsed to doubles and printed back:
%% the printed form must be the shortest string that reads back to the same double.

start() ->
    Strs = ["0." ++ lists:duplicate(N, $3) || N <- lists:seq(1, 17)] ++
           ["1." ++ lists:duplicate(N, $9) ++ "e10" || N <- lists:seq(1, 17)] ++
           ["7.2057594037927933e16", "9.007199254740993e15", "2.9802322387695312e-8", "1.23456789012345678e-100"],
    [{list_to_float(S), list_to_float(float_to_list(list_to_float(S), [short])) =:= list_to_float(S)} || S <- Strs].
