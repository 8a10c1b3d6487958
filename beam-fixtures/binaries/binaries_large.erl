-module(binaries_large).
-export([start/0]).

%% Binaries above the 64-byte heap-binary limit (reference-counted in OTP): building them by
%% appending, taking sub-binaries of them, matching across them, and converting back.

start() ->
    Big = build(<<>>, 0),
    Sizes = [byte_size(Big), bit_size(Big)],
    Sub = binary_part(Big, 100, 50),
    SubSub = binary_part(Sub, 10, 5),
    <<_:999/binary, Tail/binary>> = Big,
    Appended = <<Sub/binary, Sub/binary, 0:3>>,
    Sum = sum_bytes(Big, 0),
    Chunks = [byte_size(C) || C <- chunks(Big, 333, [])],
    Words = words(binary:copy(<<"lorem ipsum dolor sit amet ">>, 20), <<>>, []),
    Growing = grow(<<>>, 200),
    {Sizes, Sub, SubSub, byte_size(Tail), Tail, bit_size(Appended), Sum, Chunks, length(Words),
     lists:usort(Words), Growing, Big =:= list_to_binary(binary_to_list(Big)),
     erlang:md5(Big)}.

build(Acc, 1000) -> Acc;
build(Acc, N) -> build(<<Acc/binary, (N rem 256)>>, N + 1).

sum_bytes(<<>>, Acc) -> Acc;
sum_bytes(<<B, Rest/binary>>, Acc) -> sum_bytes(Rest, Acc + B).

chunks(Bin, N, Acc) when byte_size(Bin) =< N -> lists:reverse([Bin | Acc]);
chunks(Bin, N, Acc) -> <<C:N/binary, Rest/binary>> = Bin, chunks(Rest, N, [C | Acc]).

words(<<>>, <<>>, Acc) -> lists:reverse(Acc);
words(<<>>, W, Acc) -> lists:reverse([W | Acc]);
words(<<$\s, Rest/binary>>, <<>>, Acc) -> words(Rest, <<>>, Acc);
words(<<$\s, Rest/binary>>, W, Acc) -> words(Rest, <<>>, [W | Acc]);
words(<<C, Rest/binary>>, W, Acc) -> words(Rest, <<W/binary, C>>, Acc).

%% Appending one bit at a time: the binary is never byte-aligned on odd steps.
grow(Acc, 0) -> {bit_size(Acc), byte_size(Acc), erlang:phash2(Acc)};
grow(Acc, N) -> grow(<<Acc/bitstring, (N band 1):1>>, N - 1).
