%% counters for BeamOS, as OTP 25's: a counters reference is {atomics, AtomicsRef} or
%% {write_concurrency, Ref}; the operations go to atomics or to the erts_internal BIFs
%% (vm/src/bif/atomics.rs), and errors are reported from the counters function.
-module(counters).
-compile(no_line_info).
-compile({inline, [raise/2]}).

-export([new/2, get/2, add/3, sub/3, put/3, info/1]).

new(Size, Options) ->
    try
        case Options of
            [] -> {atomics, atomics:new(Size, [{signed, true}])};
            [atomics] -> {atomics, atomics:new(Size, [{signed, true}])};
            [write_concurrency] -> {write_concurrency, erts_internal:counters_new(Size)};
            _ -> error(badopt)
        end
    catch
        error:badopt ->
            error(badarg, [Size, Options], [{error_info, #{module => erl_erts_errors, cause => badopt}}]);
        error:Reason ->
            raise(Reason, [Size, Options])
    end.

get(Ref, Ix) ->
    try
        case Ref of
            {atomics, R} -> atomics:get(R, Ix);
            {write_concurrency, R} -> erts_internal:counters_get(R, Ix);
            _ -> error(badarg)
        end
    catch
        error:Reason -> raise(Reason, [Ref, Ix])
    end.

add(Ref, Ix, Incr) ->
    try
        update(Ref, Ix, Incr)
    catch
        error:Reason -> raise(Reason, [Ref, Ix, Incr])
    end.

sub(Ref, Ix, Decr) ->
    try
        update(Ref, Ix, -Decr)
    catch
        error:Reason -> raise(Reason, [Ref, Ix, Decr])
    end.

update({atomics, R}, Ix, Incr) -> atomics:add(R, Ix, Incr);
update({write_concurrency, R}, Ix, Incr) -> erts_internal:counters_add(R, Ix, Incr);
update(_, _, _) -> error(badarg).

put(Ref, Ix, Value) ->
    try
        case Ref of
            {atomics, R} -> atomics:put(R, Ix, Value);
            {write_concurrency, R} -> erts_internal:counters_put(R, Ix, Value);
            _ -> error(badarg)
        end
    catch
        error:Reason -> raise(Reason, [Ref, Ix, Value])
    end.

info(Ref) ->
    try
        case Ref of
            {atomics, R} -> atomics:info(R);
            {write_concurrency, R} -> erts_internal:counters_info(R);
            _ -> error(badarg)
        end
    catch
        error:Reason -> raise(Reason, [Ref])
    end.

raise(Reason, Args) ->
    error(Reason, Args, [{error_info, #{module => erl_erts_errors}}]).
