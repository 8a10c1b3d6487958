-module(elixir_string_basic).
-export([start/0]).

%% Elixir's String module on UTF-8 binaries: splitting, trimming, padding, slicing,
%% replacing, case, searching, conversions and comparisons.

start() ->
    S = 'Elixir.String',
    T = <<"  Hello, Elixir World!  ">>,
    R = [S:trim(T), S:trim_leading(T), S:trim_trailing(T), S:trim(<<"xxhixx">>, <<"x">>), S:split(<<"a,b,,c">>, <<",">>),
         S:split(<<"a b  c">>), S:split(<<"a,b,c">>, <<",">>, [{parts, 2}]), S:split(<<"abc">>, <<>>),
         S:split(<<"a-b_c">>, [<<"-">>, <<"_">>]), S:upcase(<<"hello">>), S:downcase(<<"HeLLo">>), S:capitalize(<<"élan vital">>),
         S:length(T), S:slice(T, 2, 5), S:slice(T, -8, 3), S:at(T, 3), S:at(T, 100), S:first(<<"abc">>), S:last(<<"abc">>),
         S:reverse(<<"abc">>), S:duplicate(<<"ab">>, 3), S:replace(<<"a-b-c">>, <<"-">>, <<"+">>),
         S:replace(<<"a-b-c">>, <<"-">>, <<"">>, [{global, false}]), S:'contains?'(T, <<"Elixir">>), S:'contains?'(T, [<<"x">>, <<"q">>]),
         S:'starts_with?'(<<"prefix">>, <<"pre">>), S:'ends_with?'(<<"suffix">>, [<<"fix">>, <<"x">>]), S:pad_leading(<<"7">>, 3, <<"0">>),
         S:pad_trailing(<<"ab">>, 5, <<".">>), S:to_integer(<<"42">>), S:to_integer(<<"ff">>, 16), S:to_float(<<"2.5">>),
         S:to_atom(<<"elixir_fixture_atom">>), S:to_charlist(<<"abc">>), S:codepoints(<<"añ€">>), S:'valid?'(<<"ok">>),
         S:'valid?'(<<255>>), S:'equivalent?'(<<"e\x{301}"/utf8>>, <<"é"/utf8>>), S:jaro_distance(<<"martha">>, <<"marhta">>),
         S:myers_difference(<<"abc">>, <<"axc">>), S:bag_distance(<<"abc">>, <<"acb">>), S:split_at(<<"hello">>, 2),
         S:next_codepoint(<<"abc">>), S:'printable?'(<<"abc">>), S:'printable?'(<<0>>), S:chunk(<<"abc\x{ff}">>, valid),
         S:replace_prefix(<<"foobar">>, <<"foo">>, <<"">>), S:replace_suffix(<<"foobar">>, <<"bar">>, <<"baz">>),
         S:replace_leading(<<"--x">>, <<"-">>, <<"+">>), S:to_existing_atom(<<"ok">>)],
    R.
