-module(etf_encode).
-export([start/0]).

%% term_to_binary byte for byte: every term type, integer size classes (small, 32-bit,
%% bignum), float encodings per minor_version, atoms as UTF-8 small/large atoms, strings,
%% improper lists, maps (small and large), binaries and bitstrings, external funs.

terms() ->
    [0, 255, 256, -1, (1 bsl 31) - 1, 1 bsl 31, -(1 bsl 31), -(1 bsl 31) - 1, 1 bsl 59, 1 bsl 64,
     -(1 bsl 64), 1 bsl 2040, 1 bsl 2048, 1.0, -0.0, 0.1, 1.0e300, 5.0e-324,
     a, '', 'é', '日本', list_to_atom(lists:duplicate(255, $z)), true, [], "abc", [1, 256], [a | b],
     [1, 2, 3 | 4], lists:seq(1, 300), "", {}, {a, 1}, erlang:make_tuple(256, x), #{}, #{a => 1, 1 => a},
     maps:from_list([{K, K} || K <- lists:seq(1, 40)]), <<>>, <<1, 2, 3>>, <<1:1>>, <<255, 7:3>>,
     fun lists:map/2, fun erlang:abs/1, {[<<"nested">>], #{k => [1.5]}}].

start() ->
    Ts = terms(),
    Plain = [term_to_binary(T) || T <- Ts],
    Minor0 = [term_to_binary(T, [{minor_version, 0}]) || T <- [0.1, 1.0e300, -0.0, 'é', '日本', a]],
    Minor1 = [term_to_binary(T, [{minor_version, 1}]) || T <- [0.1, 'é', '日本', a]],
    Minor2 = [term_to_binary(T, [{minor_version, 2}]) || T <- [0.1, 'é', '日本', a]],
    Sizes = [erlang:external_size(T) || T <- Ts],
    SizesMatch = [erlang:external_size(T) =:= byte_size(term_to_binary(T)) || T <- Ts],
    {Plain, Minor0, Minor1, Minor2, Sizes, SizesMatch}.
