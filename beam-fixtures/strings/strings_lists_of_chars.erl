-module(strings_lists_of_chars).
-export([start/0]).

%% Strings as lists of code points: literals with escapes, non-ASCII literals in source
%% (the source is UTF-8), conversions, and character-level algorithms.

start() ->
    Escapes = ["\n\t\r\s\b\f\v\e\d", "\x41\x{1F600}\101", "\^A\^Z\^@", "a\"b\\c'd", "$\$"],
    Chars = [$a, $\n, $\s, $\\, $', $", $é, $€, $\x{10FFFF}, $\^G],
    Source = ["héllo", "日本語", "😀", "Ω≈ç√"],
    Lengths = [length(S) || S <- Source],
    Binaries = [{list_to_binary(atom_to_list(a)), unicode:characters_to_binary(S)} || S <- Source],
    Upper = [upper(S) || S <- ["hello, world!", "MiXeD 123", ""]],
    Words = split_words("  the quick  brown fox ", [], []),
    Palins = [{S, S =:= lists:reverse(S)} || S <- ["racecar", "abba", "abc", "", "a"]],
    Caesar = [caesar(S, 13) || S <- ["Hello", "rot13 twice", caesar("abc", 13)]],
    Counts = count_chars("mississippi", #{}),
    IntList = [integer_to_list(N) ++ "," || N <- [1, 22, 333]],
    Joined = lists:flatten(lists:join(", ", ["a", "bb", "ccc"])),
    Prefix = [lists:prefix("ab", S) || S <- ["abc", "a", "ab", "xab"]],
    {Escapes, Chars, Source, Lengths, Binaries, Upper, Words, Palins, Caesar, Counts, IntList, Joined, Prefix}.

upper([]) -> [];
upper([C | T]) when C >= $a, C =< $z -> [C - 32 | upper(T)];
upper([C | T]) -> [C | upper(T)].

split_words([], [], Acc) -> lists:reverse(Acc);
split_words([], W, Acc) -> lists:reverse([lists:reverse(W) | Acc]);
split_words([$\s | T], [], Acc) -> split_words(T, [], Acc);
split_words([$\s | T], W, Acc) -> split_words(T, [], [lists:reverse(W) | Acc]);
split_words([C | T], W, Acc) -> split_words(T, [C | W], Acc).

caesar(S, N) ->
    [if C >= $a, C =< $z -> $a + (C - $a + N) rem 26;
        C >= $A, C =< $Z -> $A + (C - $A + N) rem 26;
        true -> C
     end || C <- S].

count_chars([], M) -> lists:sort(maps:to_list(M));
count_chars([C | T], M) -> count_chars(T, maps:update_with(C, fun(N) -> N + 1 end, 1, M)).
