-module(bifs_misc_integer_bifs).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Integer-related BIFs with all their argument variants: integer_to_list/2 and
%% list_to_integer/2 over bases 2..36 at the edges, and erlang:integer_to_binary/2.

start() ->
    Nums = [0, 1, -1, 35, 36, -36, 1295, 1296, 1 bsl 63, -(1 bsl 63)],
    Bases = [2, 8, 10, 16, 35, 36],
    Table = [[integer_to_list(N, B) || B <- Bases] || N <- Nums],
    Errs = [?T(integer_to_list(1, id(B))) || B <- [0, 1, 37, -2, a]] ++ [?T(list_to_integer("1", id(B))) || B <- [1, 37, a]],
    Case = [list_to_integer(S, 36) || S <- ["z", "Z", "zZ", "10"]],
    {Table, Errs, Case}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
