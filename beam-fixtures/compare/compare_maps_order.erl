-module(compare_maps_order).
-export([start/0]).

%% How maps order: first by size, then by keys in key order (where integers sort before
%% floats of equal value), then by values in key order. Also == vs =:= on values and keys.

start() ->
    Maps = [#{}, #{a => 1}, #{b => 0}, #{a => 2}, #{1 => x}, #{1.0 => x}, #{2 => a}, #{a => 1, b => 1},
            #{a => 1, b => 2}, #{a => 0, c => 0}, #{1 => 1, 1.0 => 1}, #{[] => 1}, #{{} => 1}, #{a => 1.0},
            #{<<>> => z}, #{#{} => 1}],
    Sorted = lists:sort(Maps),
    Matrix = [[rel(A, B) || B <- Maps] || A <- Maps],
    Equalities = [{#{a => 1} == #{a => 1.0}, #{a => 1} =:= #{a => 1.0}, #{1 => a} == #{1.0 => a},
                   #{1 => a} =:= #{1.0 => a}}],
    Large = [{big(N) < big(N + 1), big(N) == big(N), big(N) < big2(N)} || N <- [32, 33, 40]],
    {Sorted, Matrix, Equalities, Large}.

big(N) -> maps:from_list([{K, 0} || K <- lists:seq(1, N)]).
big2(N) -> maps:from_list([{K, 1} || K <- lists:seq(1, N)]).

rel(A, B) when A < B -> $<;
rel(A, B) when A > B -> $>;
rel(A, B) when A =:= B -> $=;
rel(_, _) -> $~.
