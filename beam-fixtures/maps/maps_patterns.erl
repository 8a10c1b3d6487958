-module(maps_patterns).
-export([start/0]).

%% Map patterns: several keys at once, keys bound earlier in the same head, literal keys of
%% every type, nested map patterns, maps in case/function heads/guards, and non-matching
%% cases falling through to later clauses.

start() ->
    Ms = [#{type => circle, r => 2}, #{type => rect, w => 3, h => 4}, #{type => square, side => 5},
          #{type => circle}, #{1 => one, 1.0 => onef}, #{{a, b} => tuple, [1] => list, <<"k">> => bin},
          #{nested => #{deep => #{value => 42}}}, #{}, #{type => rect, w => 1.5, h => 2}],
    Shapes = [area(M) || M <- Ms],
    Keys = [keyed(K, M) || K <- [type, 1, 1.0, {a, b}, [1], <<"k">>, missing], M <- lists:sublist(Ms, 5, 2)],
    Nested = [deep(M) || M <- Ms],
    Cases = [case M of #{type := T} when T =/= circle -> {non_circle, T}; #{r := R} -> {radius, R}; _ -> other end || M <- Ms],
    Funs = [(fun(#{w := W, h := H}) -> W * H; (_) -> none end)(M) || M <- Ms],
    {Shapes, Keys, Nested, Cases, Funs}.

area(#{type := circle, r := R}) -> {circle, 3 * R * R};
area(#{type := rect, w := W, h := H}) when is_integer(W), is_integer(H) -> {rect, W * H};
area(#{type := square, side := S}) -> {square, S * S};
area(#{type := T}) -> {incomplete, T};
area(#{}) -> not_a_shape.

keyed(K, M) ->
    case M of
        #{K := V} -> {found, K, V};
        #{} -> {missing, K}
    end.

deep(#{nested := #{deep := #{value := V}}}) -> V;
deep(_) -> none.
