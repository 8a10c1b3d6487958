-module(float_subnormals).
-export([start/0]).

%% Subnormal doubles: arithmetic that enters, stays in and leaves the subnormal range,
%% their printing, comparison with zero, and bit patterns.

start() ->
    Min = 5.0e-324,
    MinNorm = 2.2250738585072014e-308,
    Ops = [Min * 2, Min * 3, Min / 2, MinNorm / 2, MinNorm / 4096, MinNorm - Min, MinNorm * 0.5 + MinNorm * 0.5,
           Min * 1.0e300, (MinNorm / 3) * 3, Min + Min, MinNorm / 1.0e16, -Min, Min - Min],
    Bits = [<<F:64/float>> || F <- Ops],
    Cmp = [{F > 0.0, F == 0.0} || F <- Ops],
    Halving = halve(1.0e-300, []),
    {Ops, Bits, Cmp, Halving}.

halve(F, Acc) when F == 0.0 -> lists:reverse([F | Acc]);
halve(F, Acc) -> halve(F / 16, [F | Acc]).
