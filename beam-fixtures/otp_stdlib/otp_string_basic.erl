-module(otp_string_basic).
-export([start/0]).

%% The string module (Unicode-aware, grapheme based) on lists and binaries: length,
%% slice, pad, trim, chomp, split, lexemes, find, replace, reverse, take, prefix, equal,
%% is_empty, to_integer/to_float and the case functions.

start() ->
    S = "  Hello, Wörld!  ",
    B = <<"  Hello, Wörld!  "/utf8>>,
    R = [string:length(S), string:length(B), string:slice(S, 2, 5), string:slice(B, 9), string:pad("ab", 5),
         string:pad(<<"ab">>, 5, leading, $*), string:pad("ab", 6, both), string:trim(S), string:trim(B, leading),
         string:trim("xxhixx", both, "x"), string:chomp("line\r\n"), string:chomp(<<"line\n">>), string:split("a,b,c", ","),
         string:split(<<"a,b,c">>, ",", all), string:split("a,b,c", ",", trailing), string:lexemes("  a  b c ", " "),
         string:lexemes(<<"a,,b">>, ","), string:find("hello world", "o"), string:find(<<"hello world">>, "o", trailing),
         string:find("abc", "z"), string:replace("a-b-c", "-", "+"), string:replace(<<"a-b-c">>, "-", "", all),
         string:reverse("abc"), string:reverse(<<"åäö"/utf8>>), string:take("abc123", lists:seq($a, $z)),
         string:take(<<"abc123">>, "0123456789", true, trailing), string:prefix("foobar", "foo"), string:prefix("foobar", "bar"),
         string:equal("ABC", "abc"), string:equal("ABC", "abc", true), string:is_empty(""), string:is_empty([[], <<>>]),
         string:to_integer("42abc"), string:to_integer(<<"-17">>), string:to_integer("x"), string:to_float("3.14rest"),
         string:to_float("1e5"), string:to_float(<<"2.5e-3">>), string:uppercase("straße"), string:lowercase(<<"ÅÄÖ"/utf8>>),
         string:titlecase("élan"), string:casefold("ΣΑΣ"), string:next_codepoint("åx"), string:next_grapheme(<<"e\x{301}x"/utf8>>)],
    {R}.
