-module(otp_rand_algorithms).
-export([start/0]).

%% rand with explicit seeds for every algorithm: the first integers, uniform floats and
%% bytes, exported seed states, jumps, and the functional (_s) API. The state is kept in
%% the process dictionary by the non-_s functions.

start() ->
    Algs = [exsss, exro928ss, exrop, exs1024s, exsp, exs64, exsplus, exs1024],
    Per = [begin
               _ = rand:seed(A, {1, 2, 3}),
               Ints = [rand:uniform(1000) || _ <- lists:seq(1, 10)],
               Big = [rand:uniform(1 bsl 100) || _ <- lists:seq(1, 3)],
               Floats = [rand:uniform() || _ <- lists:seq(1, 5)],
               {A, Ints, Big, Floats}
           end || A <- Algs],
    S0 = rand:seed_s(exsss, 42),
    {X1, S1} = rand:uniform_s(100, S0),
    {X2, S2} = rand:uniform_s(100, S1),
    {Bytes, S3} = rand:bytes_s(16, S2),
    {Real, S4} = rand:uniform_real_s(S3),
    Exported = rand:export_seed_s(S4),
    Jumped = element(1, rand:uniform_s(rand:jump(rand:seed_s(exrop, 7)))),
    Restarted = element(1, rand:uniform_s(1000, rand:seed_s(Exported))),
    Shuffle = shuffle(lists:seq(1, 20), rand:seed_s(exsss, {9, 9, 9})),
    {Per, [X1, X2], Bytes, Real, Exported, Jumped, Restarted, Shuffle}.

shuffle(L, S) ->
    {Keyed, _} = lists:mapfoldl(fun(X, St) -> {R, St2} = rand:uniform_s(St), {{R, X}, St2} end, S, L),
    [X || {_, X} <- lists:sort(Keyed)].
