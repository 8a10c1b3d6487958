-module(arith_compare_ops).
-export([start/0]).

%% Comparison instructions with literal operands on both sides of the small/big and
%% integer/float boundaries, as used in case/if/guards and as values.

start() ->
    Vals = id([0, 1, -1, 576460752303423487, 576460752303423488, -576460752303423488, -576460752303423489,
               1.0, -0.0, 5.764607523034235e17, 1 bsl 64, a, [], {}]),
    Rows = [{V, V < 576460752303423488, V >= -576460752303423488, V == 1, V =:= 1, V /= 0, V =/= 0,
             V > 1.0, V =< 5.764607523034235e17, V < a, V > {}} || V <- Vals],
    Select = [select(V) || V <- Vals],
    Ifs = [ifs(V) || V <- Vals],
    {Rows, Select, Ifs}.

select(V) ->
    case V of
        0 -> zero;
        1 -> one;
        -1 -> minus_one;
        576460752303423487 -> max_small;
        576460752303423488 -> min_big;
        1.0 -> one_float;
        a -> atom_a;
        [] -> nil;
        _ -> other
    end.

ifs(V) ->
    if V < 0 -> neg;
       V == 0 -> zero_ish;
       V < 576460752303423488 -> small;
       is_number(V) -> large;
       true -> not_number
    end.

id(X) -> X.
