%% erl_scan:tokens/3,4, the re-entrant tokenizer that get_until drives: input arrives in
%% chunks of 1, 2, 3 or 7 characters, {more, Cont} asks for the next one, {done, Result, Rest}
%% ends a form at its dot (the rest goes to the next call), eof ends the input. Results are
%% {ok, Tokens, EndLocation}, {eof, EndLocation} and {error, ErrorInfo, EndLocation}; the
%% continuation_location/1 of every continuation.
-module(scan_tokens).
-export([start/0]).

inputs() ->
    ["atom.\n{tuple, [1, 2, 3], \"string\"}.\n#{key => <<\"binary\">>}. 42. -3.5.\n",
     "[a,\n b,\n c].\n'quoted atom'. $x.\nthis is ( not valid.\nafter_the_error.\n",
     "1 + 2.\n\"the end\".\n", "", "   \n  ", "no_dot_at_the_end", "a.b.c. d..e. f...",
     "x = \"unterminated.\ny.\n", "'a\nb'. 16#1z. 2#102. 1.0e. $",
     "% comment only\n", "a. % c\nb.%\nc.", "f(X) when X > 0 -> X * 2.0e-3;\nf(_) -> 0.\n",
     "\"\\x{41}\\101\\^a\" $\\n. 1_000.5_0e1_0. ", "<<1:8>> =:= =/= ?= :: := ..."].

start() ->
    Chunked = [{N, L, feed(S, N, L, [])} || S <- inputs(), N <- [1, 2, 3, 7], L <- [1, {1, 1}]],
    Whole = [feed(S, 10000, 5, []) || S <- inputs()],
    Options = [feed("a %c\n  b. 'x' \"y\". ", 3, {1, 1}, O)
               || O <- [[text], [return], [return_comments], [return_white_spaces]]],
    %% A continuation is resumed with the location it carries, not the new argument.
    {more, C} = erl_scan:tokens([], "a\n", 1),
    Resumed = erl_scan:tokens(C, "b. ", 99),
    {Chunked, Whole, Options, Resumed}.

%% Feeds S in chunks of N characters; returns each form's result with what was left over,
%% and the location each continuation stopped at.
feed(S, N, Location, Options) ->
    feed([], chunks(S, N), Location, Options, []).

feed(Cont, Chunks, Location, Options, Acc) ->
    {Data, Rest} = case Chunks of
                       [] -> {eof, []};
                       [Chunk | Cs] -> {Chunk, Cs}
                   end,
    case erl_scan:tokens(Cont, Data, Location, Options) of
        {more, _} when Data =:= eof -> lists:reverse([more_after_eof | Acc]);
        {more, Cont1} ->
            feed(Cont1, Rest, Location, Options, [erl_scan:continuation_location(Cont1) | Acc]);
        {done, Result, eof} -> lists:reverse([{Result, eof} | Acc]);
        {done, Result, Left} when Data =:= eof -> lists:reverse([{Result, Left} | Acc]);
        {done, Result, Left} -> feed([], [Left | Rest], Location, Options, [{Result, Left} | Acc])
    end.

chunks([], _N) -> [];
chunks(S, N) when length(S) =< N -> [S];
chunks(S, N) ->
    {Chunk, Rest} = lists:split(N, S),
    [Chunk | chunks(Rest, N)].
