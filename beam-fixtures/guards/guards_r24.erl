%% ERLC_OPTS: +r24
-module(guards_r24).
-export([start/0]).

%% Guards compiled as OTP 24 code (+r24), without OTP 25's typed registers: type tests,
%% guard BIFs (bif/gc_bif with a fail label) and comparisons must behave the same.

start() ->
    Inputs = [0, -3, 1 bsl 70, 2.5, a, true, "str", <<"bin">>, <<1:1>>, {t, 1}, #{k => 1}, [], fun() -> ok end],
    [{classify(X), sizes(X), arith(X)} || X <- Inputs].

classify(X) when is_integer(X), X < 0 -> neg_int;
classify(X) when is_integer(X), X > 1 bsl 64 -> big_int;
classify(X) when is_integer(X) -> int;
classify(X) when is_float(X) -> float;
classify(X) when is_boolean(X) -> bool;
classify(X) when is_atom(X) -> atom;
classify(X) when is_binary(X) -> binary;
classify(X) when is_bitstring(X) -> bitstring;
classify(X) when is_tuple(X), element(1, X) =:= t -> t_tuple;
classify(X) when is_map(X), map_size(X) > 0 -> map;
classify(X) when is_list(X), length(X) > 0 -> list;
classify(X) when is_function(X, 0) -> fun0;
classify(_) -> other.

sizes(X) when is_binary(X); is_tuple(X) -> {size, size(X)};
sizes(X) when is_bitstring(X) -> {bits, bit_size(X)};
sizes(X) when is_list(X) -> {len, length(X)};
sizes(_) -> none.

arith(X) when X + 1 > 0, X * 2 < 100 -> small_positive;
arith(X) when abs(X) > 1000 -> large;
arith(X) when is_number(X) -> other_number;
arith(_) -> not_number.
