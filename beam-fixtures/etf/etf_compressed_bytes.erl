-module(etf_compressed_bytes).
-export([start/0]).

%% term_to_binary with compression, byte for byte: the zlib stream OTP writes (deflate at
%% the default level 6 and at each explicit level), the rule that compression is skipped
%% when it would not make the result smaller, and decoding of all of them.

start() ->
    Terms = [lists:seq(1, 100), binary:copy(<<"abc">>, 100), lists:duplicate(50, {a, <<"xyz">>}), atom,
             <<"short">>, "a string that repeats a string that repeats a string that repeats",
             maps:from_list([{N, N} || N <- lists:seq(1, 40)])],
    Default = [term_to_binary(T, [compressed]) || T <- Terms],
    Levels = [[term_to_binary(T, [{compressed, L}]) || L <- [0, 1, 5, 9]] || T <- lists:sublist(Terms, 3)],
    Smaller = [{byte_size(term_to_binary(T)), byte_size(term_to_binary(T, [compressed]))} || T <- Terms],
    Back = [binary_to_term(B) =:= T || {B, T} <- lists:zip(Default, Terms)],
    WithMinor = term_to_binary(lists:duplicate(30, 0.5), [compressed, {minor_version, 1}]),
    {Default, Levels, Smaller, Back, WithMinor}.
