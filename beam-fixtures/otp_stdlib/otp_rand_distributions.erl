-module(otp_rand_distributions).
-export([start/0]).

%% rand's distributions with fixed seeds: normal (ziggurat, printed at 12 decimals because
%% its rare tail cases call the C math library), normal with mean and variance, integer
%% ranges at the edges, and simple statistics over many draws.

start() ->
    S0 = rand:seed_s(exsss, {17, 42, 1000}),
    {Normals, S1} = draws(fun rand:normal_s/1, S0, 200),
    Fmt = [float_to_list(N, [{decimals, 12}]) || N <- lists:sublist(Normals, 20)],
    Mean = float_to_list(lists:sum(Normals) / 200, [{decimals, 10}]),
    {Scaled, S2} = rand:normal_s(10.0, 4.0, S1),
    {Ints, S3} = draws(fun(S) -> rand:uniform_s(6, S) end, S2, 600),
    Histogram = [length([I || I <- Ints, I =:= K]) || K <- lists:seq(1, 6)],
    {Ones, _} = draws(fun(S) -> rand:uniform_s(1, S) end, S3, 5),
    {Fmt, Mean, float_to_list(Scaled, [{decimals, 12}]), Histogram, Ones}.

draws(_, S, 0) -> {[], S};
draws(F, S, N) -> {X, S2} = F(S), {Xs, S3} = draws(F, S2, N - 1), {[X | Xs], S3}.
