-module(elixir_integer_float).
-export([start/0]).

%% Elixir's Integer and Float modules: parsing with bases, digits, gcd, pow, rounding floats
%% to decimal places (Float.round/ceil/floor work on the binary representation), ratio and
%% string conversion.

start() ->
    I = 'Elixir.Integer',
    F = 'Elixir.Float',
    Ints = [I:parse(<<"42abc">>), I:parse(<<"-ff">>, 16), I:parse(<<"x">>), I:to_string(255, 2), I:to_string(-255, 16),
            I:to_charlist(123), I:digits(12345), I:digits(255, 16), I:undigits([1, 2, 3]), I:undigits([15, 15], 16),
            I:gcd(12, 18), I:gcd(-12, 0), I:pow(2, 100), I:pow(-3, 3), I:floor_div(-7, 2), I:mod(-7, 3), I:mod(7, -3),
            I:extended_gcd(240, 46)],
    Floats = [F:round(3.14159, 2), F:round(2.675, 2), F:round(-0.5), F:round(1.005, 2), F:ceil(1.0001, 3), F:floor(-1.0001, 2),
              F:ceil(-0.5), F:floor(0.5), F:parse(<<"3.5abc">>), F:parse(<<"1e3">>), F:parse(<<"x">>), F:to_string(0.1),
              F:to_string(1.0e23), F:to_charlist(2.5), F:ratio(0.75), F:ratio(0.1), F:max_finite(), F:min_finite(),
              F:pow(2.0, 10), F:round(123456.789, 15)],
    {Ints, Floats}.
