-module(etf_decode_errors).
-export([start/0]).

%% Hostile and truncated external-format input: every prefix of a valid encoding must be
%% rejected with badarg, lengths that lie, nesting that never ends, and atoms that are
%% too long. binary_to_term must never accept garbage.

start() ->
    Valid = term_to_binary({ok, [1, 2.5, <<"bin">>, #{k => "v"}, 1 bsl 80, atom, {}]}),
    Prefixes = [catching(fun() -> binary_to_term(binary:part(Valid, 0, N)) end) || N <- lists:seq(0, byte_size(Valid) - 1)],
    Full = binary_to_term(Valid),
    Lies = [catching(fun() -> binary_to_term(B) end)
            || B <- [<<131, 108, 255, 255, 255, 255, 106>>, <<131, 109, 255, 255, 255, 255>>, <<131, 107, 255, 255, 1>>,
                     <<131, 104, 10, 97, 1>>, <<131, 116, 0, 0, 0, 5, 97, 1, 97, 1>>, <<131, 110, 255, 0, 1>>,
                     <<131, 111, 255, 255, 255, 255, 0, 1>>, <<131, 100, 1, 0, 97>>, <<131, 118, 1, 0, 97>>,
                     <<131, 119, 0>>, <<131, 100, 0, 0>>, <<131, 77, 0, 0, 0, 1, 0, 255>>, <<131, 77, 0, 0, 0, 1, 9, 255>>,
                     <<131, 80, 255, 255, 255, 255, 120, 156>>, <<131, 113, 97, 1, 97, 1, 97, 1>>,
                     <<131, 113, 100, 0, 1, $m, 100, 0, 1, $f, 97, 0>>, <<131, 108, 0, 0, 0, 1, 97, 1>>,
                     <<131, 70, 0, 0, 0>>, <<131, 99, "1.0">>, <<131, 104, 1, 104, 1, 104, 1>>]],
    Trailing = [catching(fun() -> binary_to_term(<<Valid/binary, 0>>) end),
                catching(fun() -> binary_to_term(<<Valid/binary, 0>>, [used]) end)],
    Unaligned = catching(fun() -> <<_:1, B/bits>> = <<0:1, Valid/binary>>, binary_to_term(B) end),
    LongAtom = [catching(fun() -> binary_to_term(<<131, 118, 1, 0, (binary:copy(<<"a">>, 256))/binary>>) end),
                catching(fun() -> binary_to_term(<<131, 118, 0, 255, (binary:copy(<<"a">>, 255))/binary>>) =:=
                                      list_to_atom(lists:duplicate(255, $a)) end)],
    {Prefixes, Full, Lies, Trailing, Unaligned, LongAtom}.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
