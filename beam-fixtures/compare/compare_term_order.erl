-module(compare_term_order).
-export([start/0]).

%% The standard term order: number < atom < reference < fun < port < pid < tuple < map <
%% nil < list < bitstring. Checked pairwise with every operator and through sorting.

samples() ->
    [-(1 bsl 70), -1.5, -1, 0, -0.0, 0.0, 1, 1.0, 2, 1 bsl 70, 1.0e300,
     '', a, aa, b, 'A', 'Z', 'é', 'hello world',
     {}, {a}, {1}, {1, 2}, {a, a}, {0, 0, 0}, {{}},
     #{}, #{a => 1}, #{b => 0}, #{a => 1, b => 2}, #{1 => a}, #{1.0 => a},
     [], [a], [1], [1, 2], [1 | 2], [[]], "abc", "abd", "ab", [a | b],
     <<>>, <<0>>, <<1>>, <<1, 2>>, <<1:1>>, <<0:7>>, <<255>>, <<1, 2, 3>>, <<1:4>>,
     fun lists:map/2, fun erlang:abs/1].

start() ->
    S = id(samples()),
    %% One character per pair: $< $> $= (exactly equal) or $~ (== but not =:=).
    Matrix = [[rel(A, B) || B <- S] || A <- S],
    %% Every operator must agree with the others on every pair.
    Consistent = lists:all(fun({A, B}) -> consistent(A, B) end, [{A, B} || A <- S, B <- S]),
    Sorted = lists:sort(S),
    RevSorted = lists:sort(fun(A, B) -> A >= B end, S),
    Usort = lists:usort(S ++ S),
    Positions = [{X, index_of(X, Sorted, 1)} || X <- [a, {}, #{}, [], <<>>, 1, fun lists:map/2]],
    {Matrix, Consistent, Sorted, RevSorted, Usort, Positions}.

rel(A, B) when A < B -> $<;
rel(A, B) when A > B -> $>;
rel(A, B) when A =:= B -> $=;
rel(A, B) when A == B -> $~.

consistent(A, B) ->
    (A < B) =:= not (A >= B) andalso (A > B) =:= not (A =< B)
        andalso (A == B) =:= not (A /= B) andalso (A =:= B) =:= not (A =/= B)
        andalso (A =:= B) =< (A == B) andalso (A < B) =:= (B > A)
        andalso (A =< B) =:= (erlang:'=<'(A, B)) andalso (A == B) =:= erlang:'=='(B, A).

index_of(X, [Y | _], N) when X =:= Y -> N;
index_of(X, [_ | T], N) -> index_of(X, T, N + 1);
index_of(_, [], _) -> none.

id(X) -> X.
