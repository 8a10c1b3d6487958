-module(maps_keys_types).
-export([start/0]).

%% Map keys of every type with their exact-equality rules: 1 and 1.0 are distinct keys,
%% 0.0 and -0.0 are the same key in OTP 25, big integers, nested compound keys, funs.

start() ->
    Keys = [0, 1, -1, 1.0, 0.0, -0.0, 1 bsl 64, 2.5, a, '', "", [], {}, <<>>, <<0:1>>, [a | b], {1, 1.0},
            #{}, #{a => 1}, fun lists:map/2, "str", <<"str">>],
    M = maps:from_list([{K, I} || {I, K} <- lists:enumerate(Keys)]),
    Size = map_size(M),
    Lookups = [maps:find(K, M) || K <- Keys ++ [2, 1.5, b, {1, 1}, #{a => 1.0}]],
    Printed = M,
    Sorted = maps:keys(M),
    Zero = [maps:get(0.0, #{-0.0 => neg}), maps:get(-0.0, #{0.0 => pos}), #{0.0 => a, -0.0 => b}],
    {Size, Lookups, Printed, Sorted, Zero}.
