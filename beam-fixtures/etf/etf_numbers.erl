-module(etf_numbers).
-export([start/0]).

%% Numbers in the external format at every size boundary: SMALL_INTEGER_EXT (0..255),
%% INTEGER_EXT (32-bit signed), SMALL_BIG_EXT and LARGE_BIG_EXT (above 255 bytes), and
%% floats as NEW_FLOAT_EXT or, with {minor_version,0}, the 31-byte text FLOAT_EXT.

start() ->
    Ints = [0, 255, 256, -1, -256, (1 bsl 27) - 1, 1 bsl 27, (1 bsl 31) - 1, 1 bsl 31, -(1 bsl 31), -(1 bsl 31) - 1,
            (1 bsl 32) - 1, 1 bsl 32, 1 bsl 59, (1 bsl 64) - 1, -(1 bsl 64)],
    IntEnc = [term_to_binary(I) || I <- Ints],
    BigEnc = [{N, byte_size(term_to_binary(1 bsl N)), binary:part(term_to_binary(1 bsl N), 0, 6)} || N <- [2039, 2040, 2047, 2048, 4000]],
    NegBig = binary:part(term_to_binary(-(1 bsl 2048)), 0, 7),
    Floats = [0.0, -0.0, 1.0, 0.1, -1.5e-300, 1.7976931348623157e308, 5.0e-324],
    FloatEnc = [{term_to_binary(F), term_to_binary(F, [{minor_version, 0}])} || F <- Floats],
    Back = [binary_to_term(term_to_binary(F, [{minor_version, 0}])) =:= F || F <- Floats],
    {IntEnc, BigEnc, NegBig, FloatEnc, Back}.
