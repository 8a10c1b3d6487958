-module(binaries_search_replace).
-export([start/0]).

%% Text processing on binaries with the binary module and bit syntax together: counting
%% occurrences, replacing with computed replacements, tokenising with several separators,
%% and a line splitter that keeps line endings.

start() ->
    Text = <<"The cat sat on the mat. The cat ate.\r\nSecond line\nthird\r\n">>,
    Count = length(binary:matches(Text, <<"at">>)),
    Upper = binary:replace(Text, [<<"cat">>, <<"mat">>], <<"[X]">>, [global, {insert_replaced, 1}]),
    Tokens = binary:split(Text, [<<" ">>, <<".">>, <<"\r\n">>, <<"\n">>], [global, trim_all]),
    Lines = lines(Text, <<>>, []),
    Pos = [binary:match(Text, W) || W <- [<<"The">>, <<"the">>, <<"line">>, <<"zzz">>]],
    Rev = << <<C>> || <<C>> <= binary:part(Text, 0, 7) >>,
    {Count, Upper, Tokens, Lines, Pos, Rev}.

lines(<<>>, <<>>, Acc) -> lists:reverse(Acc);
lines(<<>>, Cur, Acc) -> lists:reverse([Cur | Acc]);
lines(<<"\r\n", R/binary>>, Cur, Acc) -> lines(R, <<>>, [<<Cur/binary, "\r\n">> | Acc]);
lines(<<"\n", R/binary>>, Cur, Acc) -> lines(R, <<>>, [<<Cur/binary, "\n">> | Acc]);
lines(<<C, R/binary>>, Cur, Acc) -> lines(R, <<Cur/binary, C>>, Acc).
