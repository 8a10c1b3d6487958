-module(arith_shifts).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% bsl/bsr: arithmetic shifts; a negative count shifts the other way; bsr of a negative
%% number rounds toward minus infinity; huge counts are system_limit (left) or 0/-1 (right).

start() ->
    Vals = id([0, 1, -1, 3, -3, 255, -255, 1 bsl 58, (1 bsl 59) - 1, -(1 bsl 59),
               1 bsl 63, -(1 bsl 64) - 1, 16#DEADBEEFCAFEBABE1234]),
    Counts = id([0, 1, 2, 7, 31, 32, 58, 59, 60, 63, 64, 65, 100, 200, -1, -3, -64, -65, -300]),
    Bsl = [A bsl N || A <- Vals, N <- Counts],
    Bsr = [A bsr N || A <- Vals, N <- Counts],
    RoundTrip = lists:all(fun({A, N}) -> (A bsl N) bsr N =:= A end,
                          [{A, N} || A <- Vals, N <- Counts, N >= 0]),
    Lits = [{A bsl 1, A bsr 1, A bsl 60, A bsr 60, A bsr 1000, A bsl -1} || A <- Vals],
    Huge = [?T(id(1) bsl (1 bsl 40)), ?T(id(0) bsl (1 bsl 40)), ?T(id(1) bsr (1 bsl 40)),
            ?T(id(-1) bsr (1 bsl 40)), ?T(id(5) bsr (1 bsl 70)), ?T(id(-5) bsr (1 bsl 70)),
            ?T(id(0) bsl (1 bsl 70)), ?T(id(1) bsl -(1 bsl 70)), ?T(id(-7) bsl -(1 bsl 70))],
    Errs = [?T(id(1.0) bsl 1), ?T(id(1) bsl id(1.0)), ?T(id(a) bsr 1), ?T(id(1) bsr id([]))],
    Powers = [1 bsl N || N <- lists:seq(0, 130, 13)],
    {Bsl, Bsr, RoundTrip, Lits, Huge, Errs, Powers}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
