-module(elixir_string_unicode).
-export([start/0]).

%% Elixir's String on Unicode text: graphemes (its own String.Unicode tables), length by
%% grapheme, case mapping with special cases, normalisation, and splitting by graphemes.

start() ->
    S = 'Elixir.String',
    Texts = [<<"héllo"/utf8>>, <<"e\x{301}"/utf8>>, <<"👍🏽"/utf8>>, <<"👨‍👩‍👧"/utf8>>, <<"🇳🇴"/utf8>>, <<"ǅungla"/utf8>>,
             <<"ΣΊΣΥΦΟΣ"/utf8>>, <<"straße"/utf8>>, <<"İstanbul"/utf8>>, <<"日本語"/utf8>>],
    R = [{S:length(T), S:graphemes(T), S:upcase(T), S:downcase(T), S:capitalize(T), byte_size(T)} || T <- Texts],
    Norm = [S:normalize(<<"é"/utf8>>, nfd), S:normalize(<<"e\x{301}"/utf8>>, nfc), S:normalize(<<"ﬁ"/utf8>>, nfkd)],
    Slices = [S:slice(<<"👨‍👩‍👧x"/utf8>>, 0, 1), S:slice(<<"e\x{301}e"/utf8>>, 1, 5), S:reverse(<<"e\x{301}a"/utf8>>)],
    Modes = [S:downcase(<<"ΣΑΣ"/utf8>>, greek), S:upcase(<<"i"/utf8>>, turkic), S:downcase(<<"ABC"/utf8>>, ascii)],
    {R, Norm, Slices, Modes}.
