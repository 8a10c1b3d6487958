-module(programs_lz77).
-export([start/0]).

%% A small LZ77 compressor and decompressor over binaries: window search with
%% binary:matches-free scanning, token lists, round trip, and compression ratios.

start() ->
    Inputs = [<<"abracadabra abracadabra abracadabra">>, <<"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">>, <<"no repeats here!">>,
              binary:copy(<<"0123456789">>, 12), <<>>],
    [begin T = compress(I), {length(T), T =:= [] orelse is_tuple(hd(T)), decompress(T) =:= I, lists:sublist(T, 6)} end
     || I <- Inputs].

compress(B) -> compress(B, 0, []).
compress(B, Pos, Acc) when Pos >= byte_size(B) -> lists:reverse(Acc);
compress(B, Pos, Acc) ->
    {Off, Len} = longest(B, Pos, max(0, Pos - 64), {0, 0}),
    if Len >= 3 -> compress(B, Pos + Len, [{ref, Off, Len} | Acc]);
       true -> compress(B, Pos + 1, [{lit, binary:at(B, Pos)} | Acc])
    end.

longest(_, Pos, Start, Best) when Start >= Pos -> Best;
longest(B, Pos, Start, {_, BestLen} = Best) ->
    L = match_len(B, Start, Pos, 0),
    longest(B, Pos, Start + 1, if L > BestLen -> {Pos - Start, L}; true -> Best end).

match_len(B, I, J, L) when J + L < byte_size(B), L < 255 ->
    case binary:at(B, I + L) =:= binary:at(B, J + L) of true -> match_len(B, I, J, L + 1); false -> L end;
match_len(_, _, _, L) -> L.

decompress(Tokens) -> lists:foldl(fun({lit, C}, Acc) -> <<Acc/binary, C>>;
                                     ({ref, Off, Len}, Acc) -> copy(Acc, byte_size(Acc) - Off, Len) end, <<>>, Tokens).

copy(Acc, _, 0) -> Acc;
copy(Acc, From, Len) -> copy(<<Acc/binary, (binary:at(Acc, From))>>, From + 1, Len - 1).
