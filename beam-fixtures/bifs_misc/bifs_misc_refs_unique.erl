-module(bifs_misc_refs_unique).
-export([start/0]).

%% References and unique integers: never printed, only their properties. Refs are unique,
%% compare equal only to themselves, order consistently, survive term_to_binary round trips
%% and work as map keys; unique integers honour the positive and monotonic options.

start() ->
    Refs = [make_ref() || _ <- lists:seq(1, 100)],
    Unique = length(lists:usort(Refs)) =:= 100,
    Ordered = lists:sort(Refs) =:= lists:sort(lists:reverse(Refs)),
    RoundTrip = lists:all(fun(R) -> binary_to_term(term_to_binary(R)) =:= R end, Refs),
    AsKeys = map_size(maps:from_list([{R, x} || R <- Refs])),
    TermOrder = [lists:sort([hd(Refs), a, 1, {}, [], <<>>, fun lists:map/2])],
    Mono = [erlang:unique_integer([monotonic]) || _ <- lists:seq(1, 50)],
    MonoOk = Mono =:= lists:sort(Mono) andalso length(lists:usort(Mono)) =:= 50,
    Pos = lists:all(fun(X) -> X > 0 end, [erlang:unique_integer([positive]) || _ <- lists:seq(1, 50)]),
    Plain = length(lists:usort([erlang:unique_integer() || _ <- lists:seq(1, 50)])),
    Both = [erlang:unique_integer([positive, monotonic]) || _ <- lists:seq(1, 5)],
    BothOk = Both =:= lists:usort(Both) andalso hd(Both) > 0,
    Shape = [is_reference(R) || R <- lists:sublist(Refs, 3)] ++ [is_reference(a)],
    RefSize = byte_size(term_to_binary(hd(Refs))) > 10,
    {Unique, Ordered, RoundTrip, AsKeys, [is_reference(X) || X <- hd(TermOrder)], MonoOk, Pos, Plain, BothOk, Shape, RefSize}.
