-module(etf_decode).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% binary_to_term: round trips, hand-written encodings (including non-canonical ones OTP
%% accepts), the safe and used options, compressed input, and malformed input (badarg).

start() ->
    Samples = [0, -1, 1 bsl 100, 3.5, atom, "str", [1 | 2], {t, [#{k => <<"v">>}]}, <<1:5>>, fun lists:map/2],
    RoundTrip = [binary_to_term(term_to_binary(T)) =:= T || T <- Samples],
    Hand = [?T(binary_to_term(B)) || B <- hand_written()],
    Used = [binary_to_term(<<(term_to_binary({a, b}))/binary, "trailing">>, [used]),
            binary_to_term(term_to_binary(ok), [used])],
    Safe = [?T(binary_to_term(<<131, 100, 0, 24, "fixture_unknown_atom_q1x">>, [safe])),
            ?T(binary_to_term(<<131, 100, 0, 2, "ok">>, [safe])),
            ?T(binary_to_term(<<131, 119, 2, "ok">>, [safe])),
            ?T(binary_to_term(<<131, 119, 25, "fixture_unknown_atom_q2xy">>, [safe]))],
    Compressed = [binary_to_term(term_to_binary(lists:seq(1, 200), [compressed])),
                  binary_to_term(term_to_binary(<<"short">>, [{compressed, 9}]))],
    Bad = [?T(binary_to_term(B)) || B <- [<<>>, <<131>>, <<130, 97, 1>>, <<131, 97>>, <<131, 107, 0, 5, "abc">>,
                                          <<131, 104, 2, 97, 1>>, <<131, 110, 1, 0>>, <<131, 255>>,
                                          <<131, 108, 0, 0, 0, 1, 97, 1>>, <<131, 80, 0, 0, 0, 10, 1, 2, 3>>,
                                          <<131, 116, 0, 0, 0, 1, 97, 1>>, <<131, 77, 0, 0, 0, 1, 9, 255>>,
                                          <<131, 70, 127, 240, 0, 0, 0, 0, 0, 0>>, <<131, 70, 127, 248, 0, 0, 0, 0, 0, 1>>,
                                          <<131, 118, 0, 2, 255, 254>>]],
    BadArgs = [?T(binary_to_term(id(notbin))), ?T(binary_to_term(id(<<131, 97, 1>>), [bogus])),
               ?T(binary_to_term(id(<<131, 97, 1>>), id(notlist))), ?T(term_to_binary(a, [{minor_version, 3}])),
               ?T(term_to_binary(a, [{compressed, 10}])), ?T(term_to_binary(a, id(bad)))],
    {RoundTrip, Hand, Used, Safe, Compressed, Bad, BadArgs}.

hand_written() ->
    [<<131, 97, 255>>,                                   % SMALL_INTEGER_EXT
     <<131, 98, 255, 255, 255, 255>>,                    % INTEGER_EXT -1
     <<131, 110, 1, 0, 5>>,                              % SMALL_BIG_EXT 5
     <<131, 110, 1, 1, 5>>,                              % SMALL_BIG_EXT -5
     <<131, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1>>,      % 2^64
     <<131, 110, 2, 0, 7, 0>>,                           % bignum with a zero top byte
     <<131, 111, 0, 0, 0, 1, 0, 42>>,                    % LARGE_BIG_EXT 42
     <<131, 99, "1.50000000000000000000e+00", 0:(31 - 26)/unit:8>>, % FLOAT_EXT (old text float)
     <<131, 70, 64, 9, 33, 251, 84, 68, 45, 24>>,        % NEW_FLOAT_EXT pi
     <<131, 100, 0, 5, "hello">>,                        % ATOM_EXT (latin-1)
     <<131, 100, 0, 1, 233>>,                            % ATOM_EXT with a latin-1 byte
     <<131, 115, 3, "abc">>,                             % SMALL_ATOM_EXT
     <<131, 118, 0, 2, 195, 169>>,                       % ATOM_UTF8_EXT
     <<131, 119, 3, 230, 151, 165>>,                     % SMALL_ATOM_UTF8_EXT
     <<131, 106>>,                                       % NIL_EXT
     <<131, 107, 0, 3, 1, 2, 3>>,                        % STRING_EXT
     <<131, 108, 0, 0, 0, 2, 97, 1, 97, 2, 97, 3>>,      % improper LIST_EXT
     <<131, 108, 0, 0, 0, 0, 106>>,                      % empty LIST_EXT
     <<131, 104, 0>>,                                    % SMALL_TUPLE_EXT {}
     <<131, 105, 0, 0, 0, 2, 97, 1, 97, 2>>,             % LARGE_TUPLE_EXT
     <<131, 116, 0, 0, 0, 2, 100, 0, 1, $b, 97, 2, 100, 0, 1, $a, 97, 1>>, % MAP_EXT in unsorted order
     <<131, 116, 0, 0, 0, 2, 97, 1, 97, 1, 97, 1, 97, 2>>, % MAP_EXT with a duplicate key
     <<131, 109, 0, 0, 0, 3, 1, 2, 3>>,                  % BINARY_EXT
     <<131, 77, 0, 0, 0, 1, 3, 255>>,                    % BIT_BINARY_EXT, 3 bits
     <<131, 77, 0, 0, 0, 0, 0>>,                         % BIT_BINARY_EXT, empty
     <<131, 113, 100, 0, 5, "lists", 100, 0, 3, "map", 97, 2>>, % EXPORT_EXT
     <<131, 80, 0, 0, 0, 16, 120, 156, 203, 102, 224, 98, 0, 0, 0, 95, 0, 32>>, % compressed, corrupt stream
     <<131, 80, 0, 0, 0, 23, 120, 156, 203, 102, 16, 97, 196, 2, 0, 12, 42, 0, 148>>, % compressed, valid
     <<131, 80, 0, 0, 0, 22, 120, 156, 203, 102, 16, 97, 196, 2, 0, 12, 42, 0, 148>>]. % wrong size

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
