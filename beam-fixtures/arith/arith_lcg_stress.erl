-module(arith_lcg_stress).
-export([start/0]).

%% A deterministic pseudo-random stream (a 64-bit LCG and xorshift done with bignum-safe
%% masking) drives thousands of mixed operations; only a digest and samples are returned,
%% so one wrong intermediate result changes the output.

-define(MASK64, 16#FFFFFFFFFFFFFFFF).

start() ->
    Lcg = lcg_stream(12345, 2000, []),
    Xs = xorshift_stream(88172645463325252, 2000, []),
    Mixed = lists:foldl(fun({A, B}, Acc) -> mix(A, B, Acc) end, 0, lists:zip(Lcg, Xs)),
    Samples = [lists:nth(N, Lcg) || N <- [1, 2, 3, 100, 1000, 2000]],
    XSamples = [lists:nth(N, Xs) || N <- [1, 2, 3, 100, 1000, 2000]],
    Small = [A rem 1000 - 500 || A <- lists:sublist(Lcg, 200)],
    SmallStats = {lists:sum(Small), lists:max(Small), lists:min(Small),
                  lists:foldl(fun(X, Acc) -> (Acc * 31 + X) band ?MASK64 end, 7, Small)},
    {Samples, XSamples, Mixed, SmallStats}.

lcg_stream(_, 0, Acc) -> lists:reverse(Acc);
lcg_stream(S, N, Acc) ->
    Next = (S * 6364136223846793005 + 1442695040888963407) band ?MASK64,
    lcg_stream(Next, N - 1, [Next | Acc]).

xorshift_stream(_, 0, Acc) -> lists:reverse(Acc);
xorshift_stream(X0, N, Acc) ->
    X1 = X0 bxor ((X0 bsl 13) band ?MASK64),
    X2 = X1 bxor (X1 bsr 7),
    X3 = X2 bxor ((X2 bsl 17) band ?MASK64),
    xorshift_stream(X3, N - 1, [X3 | Acc]).

mix(A, B, Acc) ->
    S = A + B,
    D = A - B,
    P = (A * B) band ?MASK64,
    Q = case B rem 97 of 0 -> 0; R -> A div R end,
    Sh = (A bsr (B band 63)) bxor (B bsl (A band 7)),
    H = (Acc * 1000003) bxor S bxor D bxor P bxor Q bxor Sh,
    H band ((1 bsl 127) - 1).
