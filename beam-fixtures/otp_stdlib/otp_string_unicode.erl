-module(otp_string_unicode).
-export([start/0]).

%% string and unicode_util on real Unicode text: grapheme clusters (combining marks, emoji
%% with modifiers and ZWJ sequences, flags, Hangul), normalisation forms, case mapping of
%% special cases, and code-point vs grapheme lengths.

start() ->
    Samples = [<<"e\x{301}"/utf8>>, <<"\x{1F44D}\x{1F3FD}"/utf8>>, <<"\x{1F468}\x{200D}\x{1F469}\x{200D}\x{1F467}"/utf8>>,
               <<"\x{1F1F3}\x{1F1F4}"/utf8>>, <<"\x{1100}\x{1161}\x{11A8}"/utf8>>, <<"\r\n"/utf8>>, <<"a\x{308}\x{301}"/utf8>>,
               <<"Åström"/utf8>>],
    Lens = [{string:length(S), length(unicode:characters_to_list(S)), byte_size(S)} || S <- Samples],
    Graphemes = [graphemes(S) || S <- Samples],
    Norm = [{unicode:characters_to_nfc_binary(S), unicode:characters_to_nfd_binary(S), unicode:characters_to_nfkc_list(S)}
            || S <- [<<"e\x{301}"/utf8>>, <<"é"/utf8>>, <<"ﬁ"/utf8>>, <<"\x{212B}"/utf8>>, <<"Å"/utf8>>, <<"①"/utf8>>]],
    Case = [{string:uppercase(S), string:lowercase(S), string:casefold(S)} || S <- ["ǅ", "İ", "ß", "ﬀ", "ΌΣΟΣ", "ŉ"]],
    Util = [unicode_util:cp("abc"), unicode_util:gc([$e, 16#301, $x]), unicode_util:nfd([233]), unicode_util:nfc([$e, 16#301]),
            unicode_util:lowercase("ABC"), unicode_util:whitespace(), unicode_util:is_whitespace(16#2003)],
    {Lens, Graphemes, Norm, Case, Util}.

graphemes(S) ->
    case string:next_grapheme(S) of
        [] -> [];
        [G | Rest] -> [G | graphemes(Rest)]
    end.
