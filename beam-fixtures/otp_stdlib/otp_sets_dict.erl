-module(otp_sets_dict).
-export([start/0]).

%% sets (the tuple-based version 1 and the map-based version 2) and dict. Their to_list
%% orders come from erlang:phash/2 (version 1, dict) and from map order (version 2), so
%% integer, binary and tuple elements only, and the raw orders and structures are shown.
%% No atoms inside the elements: map order hashes a nested atom by its atom-table index,
%% which depends on the order the runtime happened to create its atoms in.

start() ->
    Elems = [N * 7 || N <- lists:seq(1, 40)] ++ [<<"b">>, {7, 1}, [1, 2]],
    S1 = sets:from_list(Elems),
    S2 = sets:from_list(Elems, [{version, 2}]),
    Sets = [sets:size(S1), sets:size(S2), sets:to_list(S1), sets:to_list(S2), sets:is_element(14, S1), sets:is_element(15, S2),
            lists:sort(sets:to_list(sets:intersection(S1, sets:from_list([7, 14, 99])))),
            lists:sort(sets:to_list(sets:subtract(sets:from_list([1, 7, 8]), S1))), sets:is_subset(sets:from_list([7]), S1),
            sets:fold(fun(X, A) when is_integer(X) -> X + A; (_, A) -> A end, 0, S2), sets:is_set(S1), sets:is_set(S2),
            sets:is_set(notaset), sets:to_list(sets:add_element(1000, sets:new())), sets:new(), sets:new([{version, 2}]),
            sets:is_empty(sets:new()), sets:to_list(sets:filter(fun(X) -> X =:= 7 end, S1))],
    D = lists:foldl(fun(N, Acc) -> dict:store(N, N * N, Acc) end, dict:new(), lists:seq(1, 30)),
    Dict = [dict:size(D), dict:to_list(D), dict:fetch(7, D), dict:find(99, D), dict:is_key(30, D),
            dict:to_list(dict:erase(3, dict:from_list([{1, a}, {2, b}, {3, c}]))), dict:fetch_keys(dict:from_list([{x, 1}])),
            dict:to_list(dict:append(k, v, dict:new())), dict:to_list(dict:update_counter(c, 2, dict:new())),
            dict:to_list(dict:merge(fun(_, A, B) -> A + B end, dict:from_list([{1, 1}]), dict:from_list([{1, 2}, {2, 2}]))),
            dict:fold(fun(K, V, A) -> K + V + A end, 0, D), dict:new(), dict:from_list([{1, one}])],
    {Sets, Dict}.
