-module(programs_text_stats).
-export([start/0]).

%% Word statistics over a paragraph held as a binary: tokenising, lowercase folding,
%% frequency tables in maps, top-N with ties broken alphabetically, n-grams.

start() ->
    Text = <<"It was the best of times, it was the worst of times, it was the age of wisdom, "
             "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.">>,
    Words = [lower(W) || W <- binary:split(Text, [<<" ">>, <<",">>, <<".">>], [global, trim_all])],
    Freq = lists:foldl(fun(W, M) -> maps:update_with(W, fun(N) -> N + 1 end, 1, M) end, #{}, Words),
    Top = lists:sublist(lists:sort(fun({W1, N1}, {W2, N2}) -> {-N1, W1} =< {-N2, W2} end, maps:to_list(Freq)), 6),
    Bigrams = lists:sublist(lists:sort(fun({_, A}, {_, B}) -> A >= B end,
                                       maps:to_list(lists:foldl(fun(B, M) -> maps:update_with(B, fun(N) -> N + 1 end, 1, M) end, #{},
                                                                lists:zip(lists:droplast(Words), tl(Words))))), 3),
    Lengths = lists:foldl(fun(W, M) -> maps:update_with(byte_size(W), fun(N) -> N + 1 end, 1, M) end, #{}, Words),
    {length(Words), map_size(Freq), Top, lists:sort(Bigrams), Lengths}.

lower(B) -> << <<(if C >= $A, C =< $Z -> C + 32; true -> C end)>> || <<C>> <= B >>.
