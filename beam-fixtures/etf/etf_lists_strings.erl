-module(etf_lists_strings).
-export([start/0]).

%% Lists in the external format: STRING_EXT for byte lists up to 65535 elements, LIST_EXT
%% beyond that or with any element above 255, improper tails, and nested lists.

start() ->
    Ls = ["", "a", [0, 255], [256], [1, -1], lists:duplicate(65535, $x), lists:duplicate(65536, $x), [a, b], [1 | 2],
          [[1], [2, 3]], "é", [16#1F600]],
    Enc = [case byte_size(term_to_binary(L)) of S when S > 40 -> {big, S, binary:part(term_to_binary(L), 0, 8)}; _ -> term_to_binary(L) end
           || L <- Ls],
    Back = [binary_to_term(term_to_binary(L)) =:= L || L <- Ls],
    {Enc, Back}.
