-module(float_print).
-export([start/0]).

%% How floats print: ~w uses the shortest string that reads back to the same double
%% (with OTP's choice between plain and exponent notation); float_to_list/1 and
%% float_to_binary/1 use 20 significant digits in exponent form.

floats() ->
    [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3, 10.0, 100.0, 1000.0,
     123456.789, 1.0e15, 1.0e16, 1.0e17, 9007199254740993.0, 1.0e21, 1.0e22, 1.0e23, 1.0e100,
     1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308, 5.0e-324,
     1.0e-5, 0.0001, 0.001, 0.5, 0.25, 0.125, 1.5e-7, 3.14159, 2.718281828459045,
     123456789012345678.0, 4.35, 0.30000000000000004, 1.0e-10, 9.999999999999999e22,
     1.2345678901234567e-300, 7.0e-322, 4.9406564584124654e-324, 1.0e308, 8.41e21,
     299792458.0, 6.02214076e23, 1.602176634e-19, 65536.0, 4294967296.0, 1.8446744073709552e19,
     0.1e-2, 12.5, 1.0e7, 1.0e8, 1.0e9, 1.23e10, 5.0e-1, 1.0e-1, 5.5, -2.5e-5].

start() ->
    Fs = id(floats()) ++ [-F || F <- id(floats())],
    Lists = [float_to_list(F) || F <- id(floats())],
    Bins = [float_to_binary(F) || F <- id([0.1, -0.0, 5.0e-324, 1.0e23])],
    Halves = [X / 2 || X <- id([1.0, 3.0, 1.0e-300, 5.0e-324, 1.0e-323])],
    Sums = sums(0.0, 0.1, 20, []),
    {Fs, Lists, Bins, Halves, Sums}.

%% The classic accumulating 0.1 error, printed at every step.
sums(_Acc, _Step, 0, Out) -> lists:reverse(Out);
sums(Acc, Step, N, Out) -> Next = Acc + Step, sums(Next, Step, N - 1, [Next | Out]).

id(X) -> X.
