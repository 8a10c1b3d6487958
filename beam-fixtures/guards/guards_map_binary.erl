-module(guards_map_binary).
-export([start/0]).

%% Guards over maps and binaries: map_size, is_map_key and map_get (which fails the guard
%% when the key is missing), byte_size/bit_size, binary_part inside guards.

start() ->
    Ms = [#{}, #{a => 1}, #{a => 5, b => 2}, #{b => 1}, #{a => x}, not_map],
    Bs = [<<>>, <<"a">>, <<"abc">>, <<"abcdef">>, <<1:3>>, not_bin],
    {[{M, m(M)} || M <- Ms], [{B, b(B)} || B <- Bs]}.

m(M) when map_size(M) =:= 0 -> empty;
m(M) when map_get(a, M) > 3 -> a_gt_3;
m(M) when is_map_key(a, M), map_size(M) =:= 1 -> only_a;
m(M) when is_map(M), not is_map_key(a, M) -> no_a;
m(_) -> other.

b(B) when byte_size(B) =:= 0, is_binary(B) -> empty;
b(B) when binary_part(B, 0, 1) =:= <<"a">>, byte_size(B) < 4 -> short_a;
b(B) when byte_size(B) >= 4, binary_part(B, byte_size(B), -2) =:= <<"ef">> -> ends_ef;
b(B) when bit_size(B) rem 8 =/= 0 -> bits;
b(_) -> other.
