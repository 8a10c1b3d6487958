-module(guards_or_semicolon).
-export([start/0]).

%% The difference between ; (guard sequence: a failing guard only skips to the next one)
%% and orelse (one guard: an exception anywhere fails all of it), checked with inputs that
%% make the first alternative raise.

start() ->
    Inputs = [[1], [2], {1}, 3, a, []],
    [{I, semi(I), orelse_(I), comma(I)} || I <- Inputs].

semi(X) when hd(X) =:= 1; element(1, X) =:= 1; X =:= 3 -> matched;
semi(_) -> no.

orelse_(X) when hd(X) =:= 1 orelse element(1, X) =:= 1 orelse X =:= 3 -> matched;
orelse_(_) -> no.

comma(X) when is_list(X), X =/= [], hd(X) > 1 -> list_gt_1;
comma(_) -> no.
