%% Binary and iolist BIFs of the erlang module.
-module(bifc_iolist).
-export([start/0]).

start() -> bifc:run(cases()).

cases() ->
    All = [[V] || V <- bifvals:all()],
    Bs = bifvals:bins() ++ [a, "abc", 1],
    bifc:cross(erlang,
               [list_to_binary, binary_to_list, bitstring_to_list, list_to_bitstring,
                iolist_to_binary, iolist_size, iolist_to_iovec, byte_size, bit_size,
                is_binary, is_bitstring],
               All) ++
        bifc:cross(erlang, [binary_to_list],
                   [[B, S, E] || B <- [<<"hello">>, <<1:1>>, <<>>, a],
                                 S <- [0, 1, 2, 5, 6, a], E <- [0, 1, 4, 5, 6]]) ++
        bifc:cross(erlang, [split_binary],
                   [[B, N] || B <- Bs, N <- [-1, 0, 1, 2, 3, 4, 100, a]]) ++
        bifc:cross(erlang, [binary_part],
                   [[B, {S, L}] || B <- Bs, S <- [-1, 0, 1, 3, 4], L <- [-4, -1, 0, 1, 2, 3]]) ++
        bifc:cross(erlang, [binary_part],
                   [[B, S, L] || B <- Bs, S <- [-1, 0, 1, 3, a], L <- [-2, 0, 2, 1 bsl 64]]) ++
        [{erlang, binary_part, [<<"abc">>, {1}]},
         {erlang, binary_part, [<<"abc">>, [1, 1]]},
         {erlang, iolist_to_iovec, [[binary:copy(<<"a">>, 100), "bc", <<"de">>, [<<"f">>]]]},
         {erlang, iolist_to_iovec, [[<<>>, [], <<"a">>]]},
         {erlang, iolist_to_iovec, [[[[], []], []]]},
         {erlang, iolist_to_iovec, [binary:copy(<<"x">>, 70)]},
         {erlang, iolist_to_binary, [[lists:seq(1, 100) | <<"tail">>]]},
         {erlang, list_to_bitstring, [[<<1:3>>, <<7:5>>, 255, [<<1:1>> | <<0:7>>]]]},
         {erlang, list_to_bitstring, [[<<1:3>> | <<1:3>>]]},
         {erlang, iolist_size, [[<<1:3>>]]},
         {erlang, iolist_to_binary, [[1 | 2]]},
         {erlang, iolist_to_binary, [[[], <<1, 2>> | <<3>>]]},
         {erlang, list_to_binary, [[1, 2 | <<3>>]]},
         {erlang, list_to_binary, [[1, 2 | 3]]},
         {erlang, bitstring_to_list, [<<1, 2, 3:4>>]},
         {erlang, binary_to_list, [<<1, 2, 3:3>>, 1, 2]},
         {erlang, binary_to_list, [<<1, 2, 3:3>>, 2, 3]},
         {erlang, split_binary, [<<1, 2, 3:3>>, 2]},
         {erlang, split_binary, [<<1, 2, 3:3>>, 3]}].
