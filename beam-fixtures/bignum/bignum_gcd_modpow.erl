-module(bignum_gcd_modpow).
-export([start/0]).

%% Number theory on bignums: gcd/lcm, extended Euclid, modular inverse, modular powers
%% with 256- and 512-bit moduli, a toy RSA round trip, and Miller-Rabin with fixed bases.

start() ->
    P = (1 bsl 127) - 1,
    Q = (1 bsl 89) - 1,
    N = P * Q,
    Phi = (P - 1) * (Q - 1),
    E = 65537,
    D = modinv(E, Phi),
    Msg = 16#48656C6C6F2C20776F726C64,
    Cipher = powmod(Msg, E, N),
    Plain = powmod(Cipher, D, N),
    Gcds = [gcd(A, B) || {A, B} <- [{fact(50), fact(30) * 17}, {(1 bsl 128) - 1, (1 bsl 64) - 1}, {P, Q},
                                    {N, P * 3}, {0, N}, {-N, Q}]],
    Lcms = [lcm(A, B) || {A, B} <- [{fact(20), fact(21) + 1}, {1 bsl 70, 3 bsl 20}]],
    Ext = egcd(240, 46),
    Primes = [{X, probable_prime(X)} || X <- [P, Q, N, (1 bsl 61) - 1, (1 bsl 64) + 13, 561, 1000000007, 1000000008]],
    {N, D, Cipher, Plain =:= Msg, Gcds, Lcms, Ext, Primes, powmod(3, (1 bsl 200) + 1, (1 bsl 256) - 189)}.

gcd(A, 0) -> abs(A);
gcd(A, B) -> gcd(B, A rem B).

lcm(A, B) -> A * B div gcd(A, B).

egcd(A, 0) -> {A, 1, 0};
egcd(A, B) ->
    {G, X, Y} = egcd(B, A rem B),
    {G, Y, X - (A div B) * Y}.

modinv(A, M) ->
    {1, X, _} = egcd(A, M),
    ((X rem M) + M) rem M.

powmod(_, 0, _) -> 1;
powmod(B, E, M) ->
    H = powmod(B, E bsr 1, M),
    H2 = H * H rem M,
    if E band 1 =:= 1 -> H2 * B rem M; true -> H2 end.

probable_prime(N) when N < 2 -> false;
probable_prime(N) when N rem 2 =:= 0 -> N =:= 2;
probable_prime(N) ->
    {S, Dd} = split_pow2(N - 1, 0),
    lists:all(fun(A) -> A rem N =:= 0 orelse witness_ok(powmod(A, Dd, N), S, N) end,
              [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]).

split_pow2(D, S) when D rem 2 =:= 0 -> split_pow2(D div 2, S + 1);
split_pow2(D, S) -> {S, D}.

witness_ok(1, _, _) -> true;
witness_ok(X, _, N) when X =:= N - 1 -> true;
witness_ok(_, 1, _) -> false;
witness_ok(X, S, N) -> witness_ok(X * X rem N, S - 1, N).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).
