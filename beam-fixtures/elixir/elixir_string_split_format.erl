-module(elixir_string_split_format).
-export([start/0]).

%% More of Elixir's String: splitting with options (trim, parts), splitter streams,
%% slicing with ranges, pad/duplicate/replace with functions, and conversions between
%% charlists and strings through List and String.

start() ->
    S = 'Elixir.String',
    R = [S:split(<<" a  b ">>, <<" ">>, [{trim, true}]), S:split(<<"a,b,c,d">>, <<",">>, [{parts, 3}]),
         'Elixir.Enum':to_list(S:splitter(<<"1,2,3">>, <<",">>)), S:slice(<<"hello world">>, 'Elixir.Range':new(0, 4)),
         S:slice(<<"hello">>, 'Elixir.Range':new(-3, -1)), S:replace(<<"a1b22c333">>, <<"2">>, fun(M) -> <<"<", M/binary, ">">> end),
         S:pad_leading(<<"x">>, 4, <<"ab">>), S:upcase(S:duplicate(<<"ab">>, 2)), 'Elixir.List':to_string([$a, [$b, <<"c">>]]),
         S:to_charlist(<<"héllo"/utf8>>), S:trim_trailing(<<"xx..">>, <<".">>), S:split(<<>>, <<",">>),
         S:split(<<>>, <<",">>, [{trim, true}]), S:length(<<>>)],
    R.
