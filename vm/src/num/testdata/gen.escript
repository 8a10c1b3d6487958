#!/usr/bin/env escript
%% Generates vm/src/num/testdata/cases.txt: expected results of integer and float operations
%% as real OTP computes them. Run from the repository root:
%%     escript vm/src/num/testdata/gen.escript vm/src/num/testdata/cases.txt
%% The Rust tests in vm/src/num/tests.rs read the file; never edit it by hand.
%%
%% One case a line, tab-separated: the operation name, its arguments, then the result.
%% Values: decimal integer; `f` + 16 hex digits = the IEEE bits of a float; `s:` + text = a
%% string (printable ASCII only); `x:` + hex = a string of arbitrary bytes; `u:` + decimal
%% character codes, comma-separated = a string with codes over 255; `o:` + float
%% options (d<N> = {decimals,N}, e<N> = {scientific,N}, c = compact, short), comma-separated;
%% `!reason` = the call raised error:reason; `t:` tuple results are written as several fields.
-mode(compile).

main([Out]) ->
    rand:seed(exsss, {20250101, 7, 42}),
    {ok, F} = file:open(Out, [write, raw, delayed_write]),
    put(out, F),
    int_cases(),
    segment_cases(),
    radix_cases(),
    float_cases(),
    ok = file:close(F).

%% ---- output ----

emit(Fields) ->
    Line = lists:join($\t, [enc(X) || X <- Fields]),
    ok = file:write(get(out), [Line, $\n]).

enc({err, R}) -> [$! | atom_to_list(R)];
enc({str, S}) ->
    case {lists:all(fun(C) -> C >= 32 andalso C < 127 end, S), lists:all(fun(C) -> C < 256 end, S)} of
        {true, _} -> ["s:", S];
        {false, true} -> ["x:", [io_lib:format("~2.16.0b", [C]) || C <- S]];
        {false, false} -> ["u:", lists:join($,, [integer_to_list(C) || C <- S])]
    end;
enc({opts, Os}) -> ["o:", lists:join($,, [enc_opt(O) || O <- Os])];
enc({atom, A}) -> atom_to_list(A);
enc(I) when is_integer(I) -> integer_to_list(I);
enc(F) when is_float(F) -> <<B:64>> = <<F/float>>, io_lib:format("f~16.16.0b", [B]);
enc(A) when is_atom(A) -> atom_to_list(A).

enc_opt({decimals, N}) -> [$d | integer_to_list(N)];
enc_opt({scientific, N}) -> [$e | integer_to_list(N)];
enc_opt(compact) -> "c";
enc_opt(short) -> "short".

try_(Fun) ->
    try Fun() of
        V when is_list(V) -> {str, V};
        V when is_binary(V) -> {str, binary_to_list(V)};
        V -> V
    catch error:R when is_atom(R) -> {err, R}
    end.

cmp(A, B) when A < B -> -1;
cmp(A, B) when A > B -> 1;
cmp(_, _) -> 0.

%% ---- integers ----

pow2(N) -> 1 bsl N.

interesting_ints() ->
    Base = [0, 1, 2, 3, 7, 10, 255, 256, 1000, 65535, 65536, 16#7fffffff, 16#80000000,
            16#ffffffff, 16#100000000],
    Bounds = lists:append([[pow2(N) - 1, pow2(N), pow2(N) + 1]
                           || N <- [27, 31, 32, 53, 59, 60, 61, 62, 63, 64, 65, 95, 127, 128, 129,
                                    191, 192, 255, 256, 1000, 1023, 1024]]),
    Odd = [12345678901234567890123, 3 bsl 100 - 1, 5 bsl 200 + 12345, 16#deadbeefcafebabe1234,
           pow2(1000) div 3, 100000000000000000000000000000],
    Pos = lists:usort(Base ++ Bounds ++ Odd),
    lists:usort(Pos ++ [-X || X <- Pos]).

random_int() ->
    Bits = case rand:uniform(4) of
               1 -> rand:uniform(64);
               2 -> 50 + rand:uniform(30);
               3 -> rand:uniform(200);
               4 -> rand:uniform(600)
           end,
    V = rand:uniform(pow2(Bits)) - 1,
    case rand:uniform(2) of 1 -> V; 2 -> -V end.

int_binops() ->
    [{add, fun erlang:'+'/2}, {sub, fun erlang:'-'/2}, {mul, fun erlang:'*'/2},
     {'div', fun erlang:'div'/2}, {'rem', fun erlang:'rem'/2}, {'band', fun erlang:'band'/2},
     {'bor', fun erlang:'bor'/2}, {'bxor', fun erlang:'bxor'/2}, {cmp, fun cmp/2}].

int_cases() ->
    Ints = interesting_ints(),
    PairBase = [0, 1, 2, 3, 7, 255, 16#ffffffff, 16#100000000, 12345678901234567890123,
                3 bsl 100 - 1]
        ++ lists:append([[pow2(N) - 1, pow2(N)] || N <- [59, 60, 63, 64, 127, 128]]),
    Small = lists:usort(PairBase ++ [-X || X <- PairBase]),
    %% All pairs of the smaller interesting values, plus random pairs.
    Pairs = [{A, B} || A <- Small, B <- Small]
        ++ [{random_int(), random_int()} || _ <- lists:seq(1, 800)]
        ++ [{A, random_int()} || A <- Ints, _ <- lists:seq(1, 3)],
    lists:foreach(
      fun({A, B}) ->
              [emit([Op, A, B, try_(fun() -> F(A, B) end)]) || {Op, F} <- int_binops()]
      end, Pairs),
    Shifts = [0, 1, 2, 3, 31, 32, 33, 59, 60, 63, 64, 65, 100, 127, 128, 1000, 4096,
              33554367, 33554368, 33554369, pow2(40), pow2(70), pow2(200)],
    Shifted = [0, 1, -1, 2, -2, 3, -3, 5, -5, 255, -255, pow2(59) - 1, -pow2(59), pow2(63),
               -pow2(63), pow2(64) + 3, -(pow2(64) + 3), pow2(200) + 12345, -(pow2(200) + 12345),
               pow2(1000) - 1, -pow2(1000)],
    lists:foreach(
      fun(A) ->
              lists:foreach(
                fun(S) ->
                        big_shift_ok(A, S) andalso
                            emit(['bsl', A, S, try_(fun() -> A bsl S end)]),
                        emit(['bsl', A, -S, try_(fun() -> A bsl -S end)]),
                        emit(['bsr', A, S, try_(fun() -> A bsr S end)]),
                        big_shift_ok(A, S) andalso
                            emit(['bsr', A, -S, try_(fun() -> A bsr -S end)])
                end, Shifts)
      end, Shifted),
    [emit(['bsl', A, S, try_(fun() -> A bsl S end)])
     || _ <- lists:seq(1, 500), A <- [random_int()], S <- [rand:uniform(300) - 150]],
    [emit(['bsr', A, S, try_(fun() -> A bsr S end)])
     || _ <- lists:seq(1, 500), A <- [random_int()], S <- [rand:uniform(300) - 150]],
    %% System limit: OTP's largest integer has 33554368 magnitude bits.
    Max = (pow2(33554367) - 1) * 2 + 1,
    Fits = fun(F) -> try_(fun() -> _ = F(), fits end) end,
    emit([limit, add_one, Fits(fun() -> Max + 1 end)]),
    emit([limit, add_zero, Fits(fun() -> Max + 0 end)]),
    emit([limit, neg_sub_one, Fits(fun() -> -Max - 1 end)]),
    emit([limit, neg_add_one, Fits(fun() -> -Max + 1 end)]),
    emit([limit, half_times_two, Fits(fun() -> (Max div 2) * 2 end)]),
    emit([limit, half_plus_one_times_two, Fits(fun() -> (Max div 2 + 1) * 2 end)]),
    emit([limit, bnot_max, Fits(fun() -> bnot Max end)]),
    emit([limit, bnot_neg_max, Fits(fun() -> bnot (-Max) end)]),
    emit([limit, max_bor_neg, Fits(fun() -> Max bor -1 end)]),
    emit([limit, neg_max_band, Fits(fun() -> (-Max) band (-2) end)]),
    emit([limit, neg_max_bxor, Fits(fun() -> (-Max) bxor 1 end)]),
    emit([limit, neg_max_minus_one_bsr, Fits(fun() -> (-Max - 0) bsr 1 end)]),
    Unary = Ints ++ [random_int() || _ <- lists:seq(1, 1000)],
    lists:foreach(
      fun(A) ->
              emit([neg, A, try_(fun() -> -A end)]),
              emit([abs, A, try_(fun() -> abs(A) end)]),
              emit(['bnot', A, try_(fun() -> bnot A end)]),
              emit([float, A, try_(fun() -> float(A) end)]),
              emit([add_float, A, try_(fun() -> A + 0.0 end)])
      end, Unary),
    %% Conversions of huge integers to float: rounding near and past the top.
    Top = [pow2(1024) - 1, pow2(1024) - pow2(970), pow2(1024) - pow2(971), pow2(1024) - pow2(970) - 1,
           pow2(1023) + pow2(970), pow2(1023) + pow2(970) - 1, pow2(1023) + pow2(970) + 1,
           pow2(1024), pow2(1100)],
    Round = [pow2(64) + pow2(11) + 1, pow2(64) + pow2(11), pow2(64) + pow2(12) + pow2(11),
             pow2(128) + pow2(75) + 1, pow2(128) + pow2(75), pow2(128) - 1, pow2(127) + pow2(63) + 1,
             pow2(127) + pow2(74) + pow2(63), pow2(127) + pow2(74) - 1 + pow2(74)],
    [emit([float, X, try_(fun() -> float(X) end)]) || Y <- Top ++ Round, X <- [Y, -Y]],
    [emit([float, X, try_(fun() -> float(X) end)])
     || _ <- lists:seq(1, 1000), X <- [random_float_int()]],
    ok.

random_float_int() ->
    %% Integers with about 53..200 significant bits: the double rounding of OTP's
    %% limb-by-limb conversion shows up here.
    N = 54 + rand:uniform(150),
    V = pow2(N - 1) + rand:uniform(pow2(N - 1)) - 1,
    case rand:uniform(2) of 1 -> V; 2 -> -V end.

%% A shift result of up to 2^25 bits is fine to compute but too big for the data file.
big_shift_ok(A, S) -> A =:= 0 orelse S < 5000.

%% ---- bit syntax segments ----

%% A bitstring as hex of its bytes, the last partial byte padded with zero bits.
seg_hex(B) ->
    Pad = (8 - bit_size(B) rem 8) rem 8,
    {str, lists:flatten([io_lib:format("~2.16.0b", [C]) || <<C>> <= <<B/bitstring, 0:Pad>>])}.

segment_cases() ->
    Sizes = [0, 1, 3, 7, 8, 9, 12, 15, 16, 17, 31, 32, 33, 60, 63, 64, 65, 100, 127, 128, 129, 200],
    Vals = [0, 1, -1, 2, -2, 5, -5, 255, -256, 16#abc, -16#abc, pow2(63) - 1, -pow2(63), pow2(64) - 1,
            pow2(64) + 12345, -(pow2(64) + 12345), pow2(127) + 3, -pow2(127), pow2(200) - 7]
        ++ [random_int() || _ <- lists:seq(1, 40)],
    lists:foreach(
      fun({X, N}) ->
              Be = <<X:N>>,
              Le = <<X:N/little>>,
              emit([seg_be, X, N, seg_hex(Be)]),
              emit([seg_le, X, N, seg_hex(Le)]),
              <<U:N>> = Be, <<S:N/signed>> = Be,
              <<UL:N/little>> = Le, <<SL:N/little-signed>> = Le,
              emit([seg_read_be, seg_hex(Be), N, U, S]),
              emit([seg_read_le, seg_hex(Le), N, UL, SL])
      end, [{X, N} || X <- Vals, N <- Sizes]),
    ok.

%% ---- integer <-> text ----

radix_cases() ->
    Ints = interesting_ints() ++ [random_int() || _ <- lists:seq(1, 100)],
    lists:foreach(
      fun(I) ->
              lists:foreach(
                fun(B) ->
                        case I =:= 0 orelse abs(I) < pow2(300) orelse B =:= 10 orelse B =:= 36 of
                            true -> emit([to_radix, I, B, try_(fun() -> integer_to_list(I, B) end)]);
                            false -> ok
                        end
                end, lists:seq(2, 36))
      end, Ints),
    [emit([to_radix, 10, B, try_(fun() -> integer_to_list(10, B) end)])
     || B <- [-1, 0, 1, 37, 100]],
    Texts = ["", "+", "-", "+-1", "--1", "-0", "+0", "007", " 1", "1 ", "1_000", "1.0", "12a",
             "0", "-", "ff", "FF", "fF", "Zz", "zz", "10", "2", "-1010", "+z", "0x10", "1e5",
             "99999999999999999999999999", "-99999999999999999999999999",
             "9223372036854775807", "9223372036854775808", "-9223372036854775808",
             "-9223372036854775809", "18446744073709551616", "000000000000000000000000000012",
             "-000000000000000000000000000000000000000", [$1, 0], [$1, 200], [0],
             "123456789abcdefghijklmnopqrstuvwxyz", "ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210",
             "1" ++ lists:duplicate(100, $0), "-" ++ lists:duplicate(60, $7), "7777777z"],
    lists:foreach(
      fun(S) ->
              [emit([parse_radix, {str, S}, B, try_(fun() -> list_to_integer(S, B) end)])
               || B <- [2, 3, 8, 10, 11, 16, 17, 35, 36]]
      end, Texts),
    [emit([parse_radix, {str, "10"}, B, try_(fun() -> list_to_integer("10", B) end)])
     || B <- [-1, 0, 1, 37]],
    %% Round trips of random values in random bases.
    [begin
         B = 1 + rand:uniform(35),
         S = integer_to_list(I, B),
         S2 = case rand:uniform(3) of 1 -> string:lowercase(S); _ -> S end,
         emit([parse_radix, {str, S2}, B, try_(fun() -> list_to_integer(S2, B) end)])
     end || I <- [random_int() || _ <- lists:seq(1, 500)]],
    %% string:to_integer/1 (prefix parsing).
    Prefixes = ["1.5x", "", "-", "+", "+5", "-5a", "007", " 5", "5 ", "abc", "12345678901234567890123x",
                "-0", "--5", "+-5", "5-", "9e9"],
    [emit([to_integer_prefix, {str, S} | prefix_result(string:to_integer(S))]) || S <- Prefixes],
    ok.

prefix_result({error, R}) -> [{err, R}];
prefix_result({V, Rest}) -> [V, {str, Rest}].

%% ---- floats ----

special_floats() ->
    Bits = [0, 1, 2, 16#000fffffffffffff, 16#0010000000000000, 16#7fefffffffffffff,
            16#7feffffffffffffe, 16#3ff0000000000000, 16#3ff0000000000001, 16#3fefffffffffffff,
            16#4340000000000000, 16#433fffffffffffff, 16#4330000000000000, 16#4330000000000001,
            16#43e0000000000000, 16#43dfffffffffffff, 16#43f0000000000000, 16#44b52d02c7e14af6,
            16#0000000000000010],
    Vals = [0.1, 0.2, 0.3, 1.0, 2.0, 10.0, 100.0, 1000.0, 1.0e15, 1.0e16, 1.0e17, 1.0e21,
            1.0e22, 1.0e23, 1.0e-4, 1.0e-5, 1.0e-10, 123456789.0, 1234567890.0,
            12345678901.0, 123456789012.0, 1.5, 2.5, 0.5, 0.25, 0.125, 0.145, 0.375,
            3.141592653589793, 2.718281828459045, 9007199254740992.0, 9007199254740993.0,
            9007199254740994.0, 4503599627370496.0, 4503599627370497.0, 18014398509481984.0,
            18014398509481988.0, 36028797018963968.0, 1.0e-323, 5.0e-324,
            1.7976931348623157e308, 2.2250738585072014e-308, 0.001, 0.0001, 0.01, 99.5,
            999.9999, 1.0e100, 1.0e200, 1.0e300, 1.0e-300, 123.456, 0.000123456, 1.0e9,
            1.0e10, 1.0e11, 5.0e-5, 12.0, 120.0, 1200.0, 123400.0, 9.999999999999999e22,
            4.35, 0.045, 1.005, 2.675, 1.0e19, 1.0e18, 9.5, 10.5, 0.05, 0.95, 0.0005],
    Base = [F || B <- Bits, <<F/float>> <- [<<B:64>>]] ++ Vals,
    Base ++ [-X || X <- Base].

random_float() ->
    case rand:uniform(4) of
        1 ->
            %% Any finite double.
            B = rand:uniform(pow2(64)) - 1,
            case <<B:64>> of
                <<_:1, 2047:11, _:52>> -> random_float();
                <<F/float>> -> F
            end;
        2 -> (rand:uniform() - 0.5) * math:pow(10, rand:uniform(40) - 20);
        3 -> float(rand:uniform(100000)) / math:pow(10, rand:uniform(8));
        4 -> float(rand:uniform(pow2(60))) * math:pow(2, rand:uniform(60) - 30)
    end.

%% Doubles whose exact value has one digit more than their shortest form, ending in 5:
%% the shortest form is then a tie between two candidates.
tie_prone_float() ->
    case rand:uniform(3) of
        1 -> float(pow2(50) + rand:uniform(pow2(50))) + 0.25 * (2 * rand:uniform(2) - 1);
        2 -> float(pow2(53) + 2 * rand:uniform(pow2(53)));
        3 -> float(pow2(49) + rand:uniform(pow2(49))) + 0.125 * (2 * rand:uniform(4) - 1)
    end.

float_cases() ->
    Floats = special_floats() ++ [random_float() || _ <- lists:seq(1, 4000)]
        ++ [tie_prone_float() || _ <- lists:seq(1, 500)],
    lists:foreach(
      fun(F) ->
              emit([short, F, try_(fun() -> float_to_list(F, [short]) end)]),
              emit([fmt_default, F, try_(fun() -> float_to_list(F) end)]),
              emit([trunc, F, try_(fun() -> trunc(F) end)]),
              emit([round, F, try_(fun() -> round(F) end)]),
              emit([floor, F, try_(fun() -> floor(F) end)]),
              emit([ceil, F, try_(fun() -> ceil(F) end)])
      end, Floats),
    %% ~p / ~w use the same printing as [short].
    [emit([io_w, F, {str, lists:flatten(io_lib:format("~w", [F]))}]) || F <- special_floats()],
    WideOpts = [[{decimals, N}] || N <- [253, 254]] ++ [[{scientific, N}] || N <- [248, 249, 250]],
    [emit([fmt, F, {opts, O}, try_(fun() -> float_to_list(F, O) end)])
     || F <- special_floats(), O <- WideOpts],
    OptSets = [[{decimals, N}] || N <- [0, 1, 2, 3, 5, 10, 15, 17, 18, 19, 20, 30, -1]]
        ++ [[{decimals, N}, compact] || N <- [0, 1, 2, 4, 10, 18, 19, 25]]
        ++ [[{scientific, N}] || N <- [0, 1, 2, 5, 10, 17, 20, 30, -1, -5]]
        ++ [[short], [compact], [], [{decimals, 2}, short], [short, {scientific, 3}],
            [{scientific, 3}, {decimals, 2}], [compact, {decimals, 3}],
            [{decimals, 4}, {decimals, 1}], [{scientific, 2}, compact]],
    %% OTP keeps the count in a C int (wrapping modulo 2^32) and takes only small integers.
    %% ((1 bsl 31) - 1 is left out: it crashes the OTP 25 emulator.)
    OddCounts = [1 bsl 32, (1 bsl 32) + 1, (1 bsl 32) + 2, -(1 bsl 32) + 3, 1 bsl 31,
                 -(1 bsl 31), (1 bsl 59) - 1, 1 bsl 59, -(1 bsl 59),
                 -(1 bsl 59) - 1, (1 bsl 59) + 3],
    [emit([fmt, F, {opts, [{K, N}]}, try_(fun() -> float_to_list(F, [{K, N}]) end)])
     || F <- [1.5, -0.0, 123.456], K <- [decimals, scientific], N <- OddCounts],
    Fmt = special_floats() ++ [random_float() || _ <- lists:seq(1, 300)],
    lists:foreach(
      fun(F) ->
              [emit([fmt, F, {opts, O}, try_(fun() -> float_to_list(F, O) end)]) || O <- OptSets]
      end, Fmt),
    %% Rounding at the decimals boundary: values of the form k/2^n and nearby.
    [emit([fmt, F, {opts, [{decimals, D}]}, try_(fun() -> float_to_list(F, [{decimals, D}]) end)])
     || _ <- lists:seq(1, 2000), F <- [rand_tie()], D <- [rand:uniform(19) - 1]],
    float_parse_cases(Floats),
    float_arith_cases(),
    math_cases(),
    ok.

rand_tie() ->
    K = rand:uniform(100000),
    N = rand:uniform(12),
    S = case rand:uniform(2) of 1 -> 1; 2 -> -1 end,
    S * (K + 0.5) / pow2(N).

float_parse_cases(Floats) ->
    Texts = ["1.0e-320", "2.5e-324", "2.4e-324", "1.0e-400", "1.0e309", "1,5", "1.5e", "1.5e+",
             "+1.5", "-0.0", "1.0E5", " 1.0", "1.0 ", "1.", ".5", "1e5", "1.0e+05", "1.0e-05",
             [$1, $., $0, 0, $x], "01.50", "1.0e0001", "1.0e99999999999999999999",
             "1.0e-99999999999999999999", "0.0e99999999999", "", "-", "1.0e5.0", "1..0", "1.0ee5",
             "--1.0", "+-1.0", "1.0e--5", "1.0e+-5", "inf", "nan", "1.0x", "0x1.0", "1.7976931348623157e308",
             "1.7976931348623159e308", "1.797693134862315807e308", "4.9406564584124654e-324",
             "2.4703282292062328e-324", "2.4703282292062327e-324", "1.00000000000000011102230246251565404236316680908203125",
             "1.00000000000000011102230246251565404236316680908203124", "9007199254740993.0",
             "123456789012345678901234567890.0", "0.000000000000000000000000000000000001e-300",
             "1.0E+5", "1,0e5", "1.0e", "1.0,5", [$1, $., $0, 256]],
    [emit([parse_float, {str, S}, try_(fun() -> list_to_float(S) end)]) || S <- Texts],
    [emit([parse_float, {str, S}, try_(fun() -> list_to_float(S) end)])
     || F <- Floats, S <- [float_to_list(F), float_to_list(F, [short])]],
    [emit([parse_float, {str, S}, try_(fun() -> list_to_float(S) end)])
     || _ <- lists:seq(1, 500), S <- [random_float_text()]],
    Prefixes = ["1.5x", "1.5e", "1.5e+", "1.5e+3x", "1", "1.", "-1.5", "+1.5", "", "1,5", "1e5",
                ".5", "1.5e3.2", "1.5E-3", "1.5ex", "1.5e-x", "1.0e999", "-", "+", "1.5e+e",
                "1.5e.", "1.5e+.", "1.5e--", "1.5e++", "12.34.56", "1.5-", "0.0e0", "+.5"],
    [emit([to_float_prefix, {str, S} | prefix_result(string:to_float(S))]) || S <- Prefixes],
    ok.

random_float_text() ->
    Digits = fun(N) -> [$0 + rand:uniform(10) - 1 || _ <- lists:seq(1, N)] end,
    Sign = case rand:uniform(3) of 1 -> "-"; 2 -> "+"; 3 -> "" end,
    Exp = case rand:uniform(3) of
              1 -> "";
              2 -> "e" ++ integer_to_list(rand:uniform(700) - 350);
              3 -> "E+" ++ Digits(rand:uniform(3))
          end,
    Sign ++ Digits(rand:uniform(25)) ++ "." ++ Digits(rand:uniform(25)) ++ Exp.

float_arith_cases() ->
    Fs = [0.0, -0.0, 1.0, -1.0, 0.5, 3.0, 1.0e308, -1.0e308, 1.7976931348623157e308, 5.0e-324,
          1.0e-308, 2.5, 1.0e200, 1.0e-200, 123.456],
    Is = [0, 1, -1, 3, pow2(53) + 1, pow2(64), -pow2(100), pow2(1023), pow2(1024), -pow2(1030)],
    Ops = [{fadd, fun erlang:'+'/2}, {fsub, fun erlang:'-'/2}, {fmul, fun erlang:'*'/2},
           {fdiv, fun erlang:'/'/2}],
    Vals = Fs ++ Is,
    [emit([Op, A, B, try_(fun() -> F(A, B) end)])
     || A <- Vals, B <- Vals, {Op, F} <- Ops, is_float(A) orelse is_float(B) orelse Op =:= fdiv],
    [emit([fdiv, A, B, try_(fun() -> A / B end)])
     || _ <- lists:seq(1, 300), A <- [random_int()], B <- [random_int()]],
    %% Exact comparison of integers with floats.
    CmpI = [0, 1, -1, pow2(53), pow2(53) + 1, pow2(53) - 1, pow2(59), pow2(60), pow2(63) - 1,
            pow2(63), pow2(64) + 1, -pow2(53) - 1, -pow2(63), pow2(1023), pow2(1024),
            pow2(1024) - 1, -pow2(1024), 3],
    CmpF = [0.0, -0.0, 1.0, 0.5, -0.5, 9007199254740992.0, 9007199254740994.0,
            9223372036854775808.0, 1.8446744073709552e19, -9223372036854775808.0,
            8.98846567431158e307, 1.7976931348623157e308, -1.7976931348623157e308, 2.5, 3.0,
            1.152921504606847e18, 5.0e-324],
    [emit([cmp_if, I, F, cmp(I, F)]) || I <- CmpI, F <- CmpF],
    [emit([cmp_if, I, F, cmp(I, F)])
     || _ <- lists:seq(1, 1000), F <- [random_float()], I <- [near_int(F)]],
    ok.

near_int(F) when abs(F) < 1.0e300 ->
    T = trunc(F),
    T + rand:uniform(3) - 2;
near_int(_) -> random_int().

math_cases() ->
    Args = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 10.0, 100.0, 1.0e10, -1.0e10, 710.0, 1.0e300,
            -1.0e300, 0.1, 3.0, 1.0e-320, 0, 1, -1, 2, pow2(1024), pow2(1023)],
    Unary = [sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, acosh, atanh, exp, log,
             log2, log10, sqrt, erf, erfc, floor, ceil],
    [emit([math1, U, A, try_(fun() -> math:U(A) end)]) || U <- Unary, A <- Args],
    [emit([math1, U, A, try_(fun() -> math:U(A) end)])
     || U <- Unary, _ <- lists:seq(1, 60), A <- [random_float()]],
    [emit([math1, U, A, try_(fun() -> math:U(A) end)])
     || U <- Unary, _ <- lists:seq(1, 60), A <- [(rand:uniform() - 0.5) * 8]],
    Binary = [pow, atan2, fmod],
    Args2 = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.0, 10.0, 1.0e300, -8.0, 1.5, 0, 3, -3, pow2(1024)],
    [emit([math2, B, X, Y, try_(fun() -> math:B(X, Y) end)]) || B <- Binary, X <- Args2, Y <- Args2],
    emit([math0, pi, math:pi()]),
    %% exp, log and pow over wide ranges (these are refined to correct rounding, as glibc's).
    [emit([math1, exp, A, try_(fun() -> math:exp(A) end)])
     || _ <- lists:seq(1, 400), A <- [(rand:uniform() - 0.5) * 1500]],
    [emit([math1, log, A, try_(fun() -> math:log(A) end)])
     || _ <- lists:seq(1, 400), A <- [abs(random_float())]],
    [emit([math2, pow, X, Y, try_(fun() -> math:pow(X, Y) end)])
     || _ <- lists:seq(1, 400), X <- [abs(random_float()) * (2 * rand:uniform(2) - 3)],
        Y <- [case rand:uniform(3) of
                  1 -> float(rand:uniform(40) - 20);
                  2 -> (rand:uniform() - 0.5) * 40;
                  3 -> (rand:uniform() - 0.5) * 1.0e-3
              end]],
    ok.
