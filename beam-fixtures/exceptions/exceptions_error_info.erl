-module(exceptions_error_info).
-export([start/0]).

%% error/1,2,3: the arguments and options recorded in the top stack frame, including
%% {error_info, Map} given explicitly, and what BIF errors record there.

start() ->
    Cases = [fun() -> error(plain) end,
             fun() -> error(with_args, [1, two, "three"]) end,
             fun() -> error(with_none, none) end,
             fun() -> error(with_info, [x], [{error_info, #{module => ?MODULE, function => explain, cause => c}}]) end,
             fun() -> error(with_empty_opts, [y], []) end,
             fun() -> erlang:error({tuple, reason}, [a, b]) end,
             fun() -> binary_to_list(id(<<1:3>>)) end,
             fun() -> list_to_integer(id("12x")) end,
             fun() -> erlang:integer_to_binary(id(1), id(99)) end,
             fun() -> atom_to_binary(id(1), utf8) end,
             fun() -> lists:reverse(id(a), []) end],
    [top_frames(C) || C <- Cases].

top_frames(F) ->
    try F() of V -> {no_error, V}
    catch Class:Reason:Stack ->
            Upto = lists:reverse(lists:dropwhile(fun(Fr) -> element(1, Fr) =/= ?MODULE end, lists:reverse(Stack))),
            {Class, Reason, [Fr || {M, _, _, Loc} = Fr <- Upto, M =:= ?MODULE orelse not lists:keymember(file, 1, Loc)]}
    end.

id(X) -> X.
