%% Messages are copies: every kind of term arrives equal (deep, shared, big, binaries of all
%% sizes, sub-binaries, bit strings, funs with environments, large maps), and the receiver's
%% changes do not reach the sender.
-module(messages_copy_terms).
-export([start/0]).
-include("../include/fixture_procs.hrl").

roundtrip(T) ->
    Self = self(),
    P = spawn(fun() -> receive {T2} -> Self ! {back, self(), T2, erlang:phash2(T2)} end end),
    P ! {T},
    receive {back, P, T3, H} -> {T3 =:= T, H =:= erlang:phash2(T)} end.

run() ->
    Shared = lists:seq(1, 100),
    Big = <<0:8000000>>,
    Sub = binary:part(Big, 1000, 100),
    Fun = fun(X) -> X + length(Shared) end,
    Terms = [{shared, Shared, Shared, Shared},
             {deep, lists:foldl(fun(I, Acc) -> {I, Acc} end, nil, lists:seq(1, 10000))},
             {bignum, 1 bsl 1000, -(1 bsl 2000)},
             {floats, [1.0e300, -0.0, 5.0e-324]},
             {small_bin, <<"hello">>},
             {heap_bin_64, binary:copy(<<"x">>, 64)},
             {refc_bin, Big},
             {sub_bin, Sub},
             {bits, <<1:1, 2:7, 3:5>>},
             {fun_env, Fun},
             {map_small, #{a => 1, b => [1, 2]}},
             {map_large, maps:from_list([{I, I * I} || I <- lists:seq(1, 1000)])},
             {improper, [1, 2 | 3]},
             {string, "a string with unicode \x{1F600}"},
             {pid_and_ref, self(), make_ref()}],
    Same = [{element(1, T), roundtrip(T)} || T <- Terms],
    %% A fun sent to another process and called there.
    Self = self(),
    Caller = spawn(fun() -> receive {call, F} -> Self ! {called, F(1)} end end),
    Caller ! {call, Fun},
    Called = receive {called, V} -> V end,
    %% The big binary arrives whole and the sub-binary keeps its place.
    Sizes = receive_sizes(Big, Sub),
    {Same, Called, Sizes}.

receive_sizes(Big, Sub) ->
    Self = self(),
    P = spawn(fun() -> receive {B, S} -> Self ! {sizes, byte_size(B), byte_size(S), S =:= binary:part(B, 1000, 100)} end end),
    P ! {Big, Sub},
    receive {sizes, A, B, C} -> {A, B, C} end.

start() ->
    isolated(fun run/0).
