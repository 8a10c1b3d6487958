-module(bifs_misc_erlang).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Assorted erlang BIFs whose results are deterministic: node/0, is_alive, the unique and
%% monotonic counters (properties only, never values), make_ref (properties), md5, crc32,
%% adler32, garbage_collect, and type conversions that fit nowhere else.

start() ->
    Node = [node(), is_alive(), node(self()) =:= node(), ?T(node(id(not_a_pid)))],
    Refs = [R1, R2] = [make_ref(), make_ref()],
    RefProps = [is_reference(R1), R1 =/= R2, R1 =:= R1, length(Refs), is_reference(erlang:make_ref())],
    U = [erlang:unique_integer([positive, monotonic]) || _ <- lists:seq(1, 10)],
    UniqueProps = [lists:all(fun is_integer/1, U), U =:= lists:usort(U), hd(U) > 0,
                   is_integer(erlang:unique_integer())],
    M = [erlang:monotonic_time() || _ <- lists:seq(1, 5)],
    TimeProps = [M =:= lists:sort(M), is_integer(erlang:system_time()), is_integer(os:system_time(second)),
                 erlang:convert_time_unit(1, second, millisecond), erlang:convert_time_unit(1500, millisecond, second),
                 erlang:convert_time_unit(1, second, nanosecond), erlang:convert_time_unit(-1, millisecond, second)],
    Digests = [erlang:md5(<<>>), erlang:md5("abc"), erlang:md5([<<"a">>, "b", [$c]]),
               erlang:crc32(<<"The quick brown fox jumps over the lazy dog">>), erlang:crc32(<<>>),
               erlang:crc32(erlang:crc32(<<"abc">>), <<"def">>), erlang:adler32(<<"Wikipedia">>),
               erlang:adler32(1, <<>>), erlang:crc32_combine(erlang:crc32(<<"abc">>), erlang:crc32(<<"def">>), 3),
               byte_size(erlang:md5_init()),
               erlang:md5_final(erlang:md5_update(erlang:md5_init(), <<"abc">>))],
    Gc = [garbage_collect(), erlang:garbage_collect(), is_process_alive(self()), self() =:= self()],
    Conv = [list_to_tuple(binary_to_list(<<1, 2>>)), tuple_to_list({}), erlang:list_to_integer("-12"),
            erlang:integer_to_list(-12, 3), ?T(erlang:atom_to_list(self())), erlang:term_to_binary(x) =:= <<131, 100, 0, 1, $x>>,
            float_to_list(1.5, [{decimals, 1}]), erlang:bit_size(<<>>), erlang:is_builtin(erlang, '+', 2),
            erlang:is_builtin(lists, map, 2), erlang:is_builtin(lists, reverse, 2)],
    Errs = [?T(erlang:md5(id(a))), ?T(erlang:crc32(id([256]))), ?T(erlang:convert_time_unit(1, id(bogus), second)),
            ?T(erlang:adler32(id(-1), <<>>))],
    {Node, RefProps, UniqueProps, TimeProps, Digests, Gc, Conv, Errs}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
