-module(otp_unicode_module).
-export([start/0]).

%% The Erlang-implemented part of the unicode module: normalisation to NFC/NFD/NFKC/NFKD
%% for lists and binaries, and its error returns; plus unicode_util's grapheme splitting
%% over a longer text.

start() ->
    Inputs = ["Ångström", "e\x{301}cole", "ﬁne", "\x{1E9B}\x{323}", "①②③", "Ｆｕｌｌ", "한국어", "ñ"],
    Forms = [{unicode:characters_to_nfc_list(I), unicode:characters_to_nfd_list(I), unicode:characters_to_nfkc_list(I),
              unicode:characters_to_nfkd_list(I)} || I <- Inputs],
    Bins = [{unicode:characters_to_nfc_binary(I), unicode:characters_to_nfkd_binary(I)} || I <- lists:sublist(Inputs, 3)],
    Errs = [catching(fun() -> unicode:characters_to_nfc_list([<<255>>]) end),
            catching(fun() -> unicode:characters_to_nfd_binary([16#110000]) end),
            catching(fun() -> unicode:characters_to_nfc_list([$a, <<"b">>, 16#301]) end)],
    Text = <<"Z\x{351}\x{36B}a\x{310}l\x{36A}g\x{312}o! 👩‍💻 🇸🇪 e\x{301}"/utf8>>,
    Clusters = clusters(unicode:characters_to_list(Text)),
    {Forms, Bins, Errs, length(Clusters), Clusters}.

clusters([]) -> [];
clusters(S) -> [G | Rest] = unicode_util:gc(S), [G | clusters(Rest)].

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
