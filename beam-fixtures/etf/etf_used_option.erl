-module(etf_used_option).
-export([start/0]).

%% binary_to_term/2 with [used] reports how many bytes were consumed, which lets several
%% terms be read from one binary in sequence; combined with safe.

start() ->
    Terms = [a, 1, "two", {three}, <<"four">>, #{five => 5}, [6 | 6]],
    Stream = iolist_to_binary([term_to_binary(T) || T <- Terms]),
    Read = read_all(Stream, []),
    Safe = binary_to_term(term_to_binary(ok), [safe, used]),
    {byte_size(Stream), Read, Read =:= Terms, Safe}.

read_all(<<>>, Acc) -> lists:reverse(Acc);
read_all(B, Acc) ->
    {T, Used} = binary_to_term(B, [used]),
    <<_:Used/binary, Rest/binary>> = B,
    read_all(Rest, [T | Acc]).
