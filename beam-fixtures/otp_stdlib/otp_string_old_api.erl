-module(otp_string_old_api).
-export([start/0]).
-compile({nowarn_deprecated_function, [{string, tokens, 2}, {string, str, 2}, {string, rstr, 2}, {string, substr, 3},
                                       {string, sub_word, 2}, {string, words, 1}, {string, strip, 1}, {string, strip, 3},
                                       {string, left, 3}, {string, right, 2}, {string, centre, 2}, {string, to_lower, 1},
                                       {string, to_upper, 1}, {string, join, 2}, {string, chr, 2}, {string, rchr, 2},
                                       {string, span, 2}, {string, cspan, 2}, {string, copies, 2}, {string, sub_string, 2},
                                       {string, substr, 2}, {string, len, 1}, {string, concat, 2}]}).

%% The old (pre-Unicode) string API, still used by much code: tokens, str, substr,
%% sub_word, strip, left/right/centre, to_lower/to_upper, join, chr, span, copies.

start() ->
    R = [string:tokens("a,b,,c", ","), string:tokens("  x y  ", " "), string:str("hello", "ll"), string:rstr("abcabc", "bc"),
         string:substr("hello", 2, 3), string:substr("hello", 3), string:sub_word("one two three", 2), string:words("a b  c"),
         string:strip("  pad  "), string:strip("xxhixx", both, $x), string:left("ab", 5, $.), string:right("ab", 5),
         string:centre("ab", 6), string:to_lower("MiXeD ÅÄ"), string:to_upper("mixed åä"), string:join(["a", "b", "c"], "-"),
         string:chr("hello", $l), string:rchr("hello", $l), string:span("aabbcc", "ab"), string:cspan("aabbcc", "c"),
         string:copies("ab", 3), string:sub_string("hello", 2), string:len("four"), string:concat("ab", "cd")],
    {R}.
