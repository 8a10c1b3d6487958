-module(binaries_bitstring_ops).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Bitstrings that are not a whole number of bytes: which BIFs accept them (bit_size,
%% bitstring_to_list, list_to_bitstring, erlang:split_binary? no) and which reject them,
%% and how they print, compare, and encode.

start() ->
    Bs = [<<1:1>>, <<5:3>>, <<255, 1:1>>, <<1, 2, 3, 4:4>>, <<0:15>>, <<>>],
    Accepting = [{bit_size(B), byte_size(B), is_bitstring(B), is_binary(B), bitstring_to_list(B),
                  erlang:phash2(B), term_to_binary(B)} || B <- Bs],
    Rejecting = [[?T(F(B)) || F <- [fun binary_to_list/1, fun(X) -> binary_part(X, 0, 0) end,
                                    fun(X) -> split_binary(X, 0) end, fun iolist_size/1,
                                    fun(X) -> binary:copy(X) end, fun(X) -> binary:first(X) end,
                                    fun(X) -> list_to_binary([X]) end, fun(X) -> <<X/binary>> end]]
                 || B <- Bs],
    Build = [list_to_bitstring([<<1:1>>, <<1:1>>, [<<1:6>>, 255]]), list_to_bitstring([1, <<2:2>>, [[<<3:3>>]]]),
             ?T(list_to_bitstring([<<1:1>> | <<1:7>>])), ?T(list_to_bitstring(id([<<1:1>>, -1])))],
    Ops = [<<(<<1:1>>)/bits, (<<1:1>>)/bits>>, erlang:bit_size(<<(<<7:3>>)/bits, 0:5>>),
           [X || <<X:1>> <= <<2#10110:5>>], << <<(X bxor 1):1>> || <<X:1>> <= <<2#10110:5>> >>],
    {Accepting, Rejecting, Build, Ops}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
