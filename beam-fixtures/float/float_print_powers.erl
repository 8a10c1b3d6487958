-module(float_print_powers).
-export([start/0]).

%% Powers of ten and two as doubles, their neighbours (one ulp up and down), and the
%% thresholds where ~w switches between plain and exponent notation.

start() ->
    Tens = [list_to_float("1.0e" ++ integer_to_list(E)) || E <- lists:seq(-20, 25)],
    Twos = [math:pow(2, E) || E <- [-1074, -1073, -1022, -1021, -100, -10, -1, 0, 1, 10, 52, 53, 54, 63, 64, 100, 1023]],
    Neighbours = [{down(F), F, up(F)} || F <- [1.0, 0.1, 100.0, 1.0e15, 1.0e16, 1.0e22, 1.0e23, 5.0e-324,
                                                2.2250738585072014e-308, 9007199254740992.0]],
    Thresholds = [1.0e-4, 1.0e-5, 0.00012345, 1.2345e-5, 999999999999999.9, 1.0e15, 1234567890123456.0,
                  12345678901234567.0, 1.0e16, 1.0e17, 123.0, 123.5, 1.0e3, 1.5e300],
    Decimal = [F / 1000 || F <- [1.0, 3.0, 7.0, 9.0, 11.0, 999.0]],
    {Tens, Twos, Neighbours, Thresholds, Decimal}.

up(F) -> <<B:64>> = <<F:64/float>>, <<G:64/float>> = <<(B + 1):64>>, G.
down(F) -> <<B:64>> = <<F:64/float>>, <<G:64/float>> = <<(B - 1):64>>, G.
