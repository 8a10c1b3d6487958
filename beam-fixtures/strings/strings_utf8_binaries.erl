-module(strings_utf8_binaries).
-export([start/0]).

%% UTF-8 text in binaries processed by hand with bit syntax: code-point counting, reversing
%% by code point, validation with error positions, byte/char offsets, and truncation at a
%% character boundary.

start() ->
    Texts = [<<"plain ascii">>, <<"héllo wörld"/utf8>>, <<"日本語テキスト"/utf8>>, <<"emoji 😀👍🏽"/utf8>>, <<>>,
             <<"mixed é€😀"/utf8>>],
    Counts = [{byte_size(T), count(T, 0)} || T <- Texts],
    Reversed = [reverse(T, <<>>) || T <- Texts],
    Invalid = [validate(B, 0) || B <- [<<"ok"/utf8>>, <<"ab", 255, "c">>, <<"é"/utf8, 16#C3>>, <<16#ED, 16#A0, 16#80>>,
                                       <<16#F8, 1, 1, 1, 1>>, <<"z", 16#E2, 16#82, "x">>]],
    Trunc = [truncate(T, 5) || T <- Texts],
    Offsets = [offsets(<<"aé€😀b"/utf8>>, 0, [])],
    Upper = [ascii_upper(T) || T <- Texts],
    {Counts, Reversed, Invalid, Trunc, Offsets, Upper}.

count(<<>>, N) -> N;
count(<<_/utf8, R/binary>>, N) -> count(R, N + 1).

reverse(<<>>, Acc) -> Acc;
reverse(<<C/utf8, R/binary>>, Acc) -> reverse(R, <<C/utf8, Acc/binary>>).

validate(<<>>, _) -> valid;
validate(<<_/utf8, R/binary>> = B, Pos) -> validate(R, Pos + byte_size(B) - byte_size(R));
validate(_, Pos) -> {invalid_at, Pos}.

truncate(B, N) -> truncate(B, N, <<>>).
truncate(_, 0, Acc) -> Acc;
truncate(<<>>, _, Acc) -> Acc;
truncate(<<C/utf8, R/binary>>, N, Acc) -> truncate(R, N - 1, <<Acc/binary, C/utf8>>).

offsets(<<>>, _, Acc) -> lists:reverse(Acc);
offsets(<<C/utf8, R/binary>> = B, Off, Acc) -> offsets(R, Off + byte_size(B) - byte_size(R), [{Off, C} | Acc]).

ascii_upper(B) -> << <<(if X >= $a, X =< $z -> X - 32; true -> X end)>> || <<X>> <= B >>.
