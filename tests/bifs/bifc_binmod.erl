%% The binary module's BIFs (binary:replace/3,4 and others in Erlang are also called).
-module(bifc_binmod).
-export([start/0]).

start() -> bifc:run(cases()).

cases() ->
    All = [[V] || V <- bifvals:all()],
    Subjects = [<<>>, <<"abc">>, <<"abcabc">>, <<"aaaa">>, <<"hello world">>, <<1:1>>, a, "abc",
                <<"a,b,,c,">>, <<",a,,">>],
    Pats = [<<"a">>, <<"bc">>, <<"aa">>, <<>>, [<<"a">>, <<"bc">>], [<<"b">>, <<"bca">>],
            [<<"ab">>, <<"abc">>], [<<"bc">>, <<"b">>], [], [<<>>], <<",">>, [<<",">>, <<",,">>],
            "a", [a], <<1:1>>, <<"hello world!">>, {a}],
    Opts = [[], [global], [trim], [trim_all], [global, trim], [global, trim_all],
            [{scope, {0, 3}}], [{scope, {1, 4}}], [{scope, {3, -2}}], [{scope, {6, 0}}],
            [{scope, {7, 0}}], [{scope, {0, 7}}], [{scope, {-1, 2}}], [{scope, a}], [bad],
            [global | trim], [{scope, {0, 100}}], [{scope, {2, -3}}]],
    bifc:cross(binary,
               [first, last, copy, decode_unsigned, encode_unsigned, longest_common_prefix,
                longest_common_suffix, bin_to_list, list_to_bin],
               All) ++
        bifc:cross(binary, [longest_common_prefix, longest_common_suffix],
                   [[L] || L <- [[<<"abc">>, <<"abd">>], [<<"abc">>], [<<"abc">>, <<>>],
                                 [<<"xbc">>, <<"abc">>, <<"ac">>], [<<"a">>, a], [<<1:1>>],
                                 [<<"abc">> | <<"ab">>], [<<"aaa">>, <<"aaa">>]]]) ++
        bifc:cross(binary, [match, matches, split], [[S, P] || S <- Subjects, P <- Pats]) ++
        bifc:cross(binary, [match, matches, split, replace],
                   [[S, P, O] || S <- [<<"abcabc">>, <<"a,b,,c,">>, <<>>],
                                 P <- [<<"bc">>, [<<"a">>, <<"c">>], <<",">>, <<"c">>],
                                 O <- Opts]) ++
        bifc:cross(binary, [replace],
                   [[S, P, R] || S <- Subjects, P <- Pats, R <- [<<"X">>, <<>>]]) ++
        bifc:cross(binary, [replace],
                   [[<<"abcabc">>, P, <<"<>">>, O]
                    || P <- [<<"b">>, [<<"a">>, <<"c">>]],
                       O <- [[global], [{insert_replaced, 1}], [{insert_replaced, [0, 1]}],
                             [global, {insert_replaced, 2}], [{insert_replaced, 3}],
                             [{scope, {2, 3}}], [bad]]]) ++
        bifc:cross(binary, [part], [[B, S, L] || B <- [<<"abcde">>, <<1:1>>, a],
                                                 S <- [-1, 0, 2, 5, 6, a],
                                                 L <- [-3, -1, 0, 2, 3, 6]]) ++
        bifc:cross(binary, [part], [[<<"abcde">>, P] || P <- [{1, 2}, {5, -5}, {5, -6}, {1}, a]]) ++
        bifc:cross(binary, [at], [[B, N] || B <- [<<"abc">>, <<1:1>>, <<>>, a],
                                             N <- [-1, 0, 2, 3, a, 1 bsl 64]]) ++
        bifc:cross(binary, [copy], [[B, N] || B <- [<<"ab">>, <<>>, <<1:1>>, a],
                                               N <- [-1, 0, 1, 3, 40, a]]) ++
        bifc:cross(binary, [decode_unsigned],
                   [[B, E] || B <- [<<>>, <<1>>, <<1, 2>>, <<0, 0, 1>>, <<255, 255, 255, 255, 255, 255, 255, 255, 255>>, <<1:1>>],
                              E <- [big, little, native, foo]]) ++
        bifc:cross(binary, [encode_unsigned],
                   [[N, E] || N <- [0, 1, 255, 256, 1 bsl 64, 1 bsl 100 + 1, -1, 1.0, a],
                              E <- [big, little, foo]]) ++
        bifc:cross(binary, [bin_to_list],
                   [[<<"abcde">>, P] || P <- [{0, 2}, {2, 3}, {5, -2}, {4, 2}, {0, 0}, {1}, a]]) ++
        bifc:cross(binary, [bin_to_list],
                   [[B, S, L] || B <- [<<"abcde">>, <<1:1>>],
                                 S <- [-1, 0, 3, 5, 6], L <- [-2, 0, 2, 3]]) ++
        [{binary, list_to_bin, [[1, <<2>>, [3 | <<4>>]]]},
         {binary, part, [<<1, 2, 3:3>>, 0, 2]},
         {binary, part, [<<1, 2, 3:3>>, 2, 1]},
         {binary, part, [<<1, 2, 3:3>>, {2, -1}]},
         {binary, copy, [<<1:1>>, 0]},
         {binary, match, [<<1, 2>>, <<1>>, [{scope, {0, 1}} | foo]]},
         {binary, split, [<<1, 2, 1>>, <<1>>, [global | trim]]},
         {binary, matches, [<<"abcabcab">>, [<<"ab">>, <<"bcab">>, <<"c">>]]},
         {binary, matches, [<<"aaaaa">>, [<<"aa">>, <<"aaa">>]]},
         {binary, match, [<<"xabcd">>, [<<"bc">>, <<"abcd">>, <<"x">>]]},
         {binary, match, [<<"xabcd">>, [<<"bcd">>, <<"abc">>]]},
         {binary, list_to_bin, [[256]]},
         {compile_ok, fun() -> is_tuple(binary:compile_pattern(<<"a">>)) end},
         {compile_multi, fun() -> is_tuple(binary:compile_pattern([<<"a">>, <<"bc">>])) end},
         {compile_bad, fun() -> binary:compile_pattern(<<>>) end},
         {compile_bad2, fun() -> binary:compile_pattern([<<"a">>, <<>>]) end},
         {compile_bad3, fun() -> binary:compile_pattern([]) end},
         {compile_bad4, fun() -> binary:compile_pattern(a) end},
         {compile_bad5, fun() -> binary:compile_pattern(<<1:1>>) end},
         {compile_bad6, fun() -> binary:compile_pattern([<<"a">> | <<"b">>]) end},
         {compiled_match,
          fun() ->
                  P = binary:compile_pattern([<<"bc">>, <<"ca">>]),
                  {binary:match(<<"abcabc">>, P), binary:matches(<<"abcabc">>, P),
                   binary:split(<<"abcabc">>, P, [global]),
                   binary:replace(<<"abcabc">>, P, <<"-">>, [global])}
          end},
         {compiled_reuse,
          fun() ->
                  P = binary:compile_pattern(<<",">>),
                  [binary:split(B, P, [global]) || B <- [<<"a,b">>, <<",">>, <<>>]]
          end},
         {referenced_small, fun() -> binary:referenced_byte_size(<<"abc">>) end},
         {referenced_bad, fun() -> binary:referenced_byte_size(a) end},
         {referenced_sub,
          fun() ->
                  B = binary:copy(<<"x">>, 1000),
                  <<_:10/binary, S:5/binary, _/binary>> = B,
                  {binary:referenced_byte_size(S), byte_size(binary:copy(S))}
          end}].
