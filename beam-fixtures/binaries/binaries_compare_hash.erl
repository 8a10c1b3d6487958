-module(binaries_compare_hash).
-export([start/0]).

%% Equality, ordering and hashing of binaries do not depend on how a binary was made
%% (heap or reference-counted, sub-binary, built by append, from a list, unaligned origin).

start() ->
    Ways = [<<"hello world, this binary is longer than sixty-four bytes for sure!!">>,
            list_to_binary("hello world, this binary is longer than sixty-four bytes for sure!!"),
            binary_part(<<"xx", "hello world, this binary is longer than sixty-four bytes for sure!!", "yy">>, 2, 67),
            iolist_to_binary(["hello ", <<"world, ">>, "this binary is longer than sixty-four bytes for sure!!"]),
            append_chars("hello world, this binary is longer than sixty-four bytes for sure!!", <<>>),
            unaligned_copy(<<"hello world, this binary is longer than sixty-four bytes for sure!!">>)],
    Eq = [[A =:= B || B <- Ways] || A <- Ways],
    Hashes = lists:usort([erlang:phash2(W) || W <- Ways]),
    Md5 = lists:usort([erlang:md5(W) || W <- Ways]),
    T2b = lists:usort([term_to_binary(W) || W <- Ways]),
    Sizes = [byte_size(W) || W <- Ways],
    {Eq, Hashes, Md5, length(T2b), Sizes}.

append_chars([], Acc) -> Acc;
append_chars([C | T], Acc) -> append_chars(T, <<Acc/binary, C>>).

unaligned_copy(B) ->
    <<_:3, Shifted/bits>> = <<0:3, B/binary>>,
    Shifted.
