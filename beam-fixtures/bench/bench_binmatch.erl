%% Benchmark: binary matching and construction: parsing a generated log of
%% length-prefixed records, a CSV-like split, and utf8 decoding.
-module(bench_binmatch).
-export([quick/0, run/0, run/1, run/2]).

run() -> run(75).

%% A tiny size, for `beamos bench --check`.
quick() -> run(1, 2000).

%% Times passes over 40,000 records and CSV lines (Lines with run/2).
run(Times) -> run(Times, 40000).

run(Times, Lines) ->
    Records = << <<(byte_size(P)):16, P/binary>> || I <- lists:seq(1, Lines), P <- [payload(I)] >>,
    Csv = iolist_to_binary([[integer_to_binary(I), $,, integer_to_binary(I * 7), $\n] || I <- lists:seq(1, Lines)]),
    Utf8 = unicode:characters_to_binary(lists:append(lists:duplicate(Lines div 8, "héllo wörld €"))),
    lists:sum([parse(Records, 0) + csv(Csv, 0) + utf8_count(Utf8, 0) || _ <- lists:seq(1, Times)]).

payload(I) -> <<I:32, (I rem 251):8, "payload", (binary:copy(<<"x">>, I rem 17))/binary>>.

parse(<<>>, Acc) -> Acc;
parse(<<Len:16, P:Len/binary, Rest/binary>>, Acc) ->
    <<N:32, K:8, _/binary>> = P,
    parse(Rest, Acc + N + K).

csv(<<>>, Acc) -> Acc;
csv(Bin, Acc) ->
    {A, Rest1} = field(Bin, 0),
    {B, Rest2} = field(Rest1, 0),
    csv(Rest2, Acc + A + B).

field(<<C, Rest/binary>>, N) when C >= $0, C =< $9 -> field(Rest, N * 10 + C - $0);
field(<<_, Rest/binary>>, N) -> {N, Rest}.

utf8_count(<<>>, N) -> N;
utf8_count(<<C/utf8, Rest/binary>>, N) -> utf8_count(Rest, N + C rem 3).
