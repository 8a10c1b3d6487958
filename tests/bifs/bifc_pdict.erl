%% The process dictionary's raw order (OTP's hash-table layout) under long sequences of
%% put/erase with keys of many kinds (no atoms: their hash is their atom-table index).
-module(bifc_pdict).
-export([start/0]).

start() ->
    bifc:run([{{seq, Seed, N}, fun() -> run(Seed, N) end}
              || {Seed, N} <- [{1, 50}, {2, 200}, {3, 1000}, {4, 3000}, {5, 400}]]).

run(Seed, N) ->
    erase(),
    {Snaps, _} = lists:foldl(fun(I, {Acc, S0}) -> step(I, Acc, S0) end, {[], Seed}, lists:seq(1, N)),
    Final = {get(), get_keys(), get_keys(v3)},
    erase(),
    {lists:reverse(Snaps), Final}.

step(I, Acc, S0) ->
    S1 = lcg(S0),
    K = key(S1 rem 97),
    S2 = lcg(S1),
    Op = S2 rem 10,
    R = if Op < 6 -> put(K, value(S2));
           Op < 9 -> erase(K);
           true -> get(K)
        end,
    Acc1 = case I rem 97 of
               0 -> [{I, R, get()} | Acc];
               _ -> Acc
           end,
    {Acc1, S2}.

lcg(S) -> (S * 1103515245 + 12345) rem 2147483648.

key(N) when N < 30 -> N - 10;
key(N) when N < 50 -> <<N>>;
key(N) when N < 60 -> {N, [N]};
key(N) when N < 70 -> [N, N + 1];
key(N) when N < 80 -> N * 1.5;
key(N) when N < 90 -> N bsl 70;
key(N) -> {<<N>>, N}.

value(S) ->
    case S rem 7 of
        3 -> v3;
        _ -> S rem 1000
    end.
