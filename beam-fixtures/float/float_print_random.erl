-module(float_print_random).
-export([start/0]).

%% 300 doubles from deterministic pseudo-random bit patterns (all exponents, subnormals
%% included; NaN and infinity patterns skipped), printed by ~w (shortest round trip), by
%% float_to_list/1 and with {scientific,17}. Shortest-digit algorithms fail on such inputs.

start() ->
    Fs = floats(987654321, 300, []),
    Short = Fs,
    Default = [float_to_list(F) || F <- lists:sublist(Fs, 60)],
    Sci = [float_to_binary(F, [{scientific, 17}]) || F <- lists:sublist(Fs, 60)],
    RoundTrip = lists:all(fun(F) -> list_to_float(float_to_list(F, [short])) =:= F end, Fs),
    {Short, Default, Sci, RoundTrip}.

floats(_, 0, Acc) -> lists:reverse(Acc);
floats(S, N, Acc) ->
    S1 = (S * 6364136223846793005 + 1442695040888963407) band 16#FFFFFFFFFFFFFFFF,
    case <<S1:64>> of
        <<_:1, 2047:11, _:52>> -> floats(S1, N, Acc);
        <<F:64/float>> -> floats(S1, N - 1, [F | Acc])
    end.
