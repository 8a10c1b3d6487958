-module(bifs_misc_list_tuple_conv_big).
-export([start/0]).

%% Converting large structures between lists, tuples and binaries: round trips of 100000
%% elements and checks on the ends and sums.

start() ->
    N = 100000,
    L = lists:seq(1, N),
    T = list_to_tuple(L),
    B = list_to_binary([X band 255 || X <- L]),
    {tuple_size(T), element(N, T), lists:sum(tuple_to_list(T)), byte_size(B), binary:last(B),
     lists:sum(binary_to_list(B)), tuple_to_list(list_to_tuple(L)) =:= L, length(binary_to_list(B, 1, 1000))}.
