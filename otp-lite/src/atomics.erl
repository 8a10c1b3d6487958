%% atomics for BeamOS: arrays of 64-bit integers updated atomically. new/2, sub/3 and
%% sub_get/3 are Erlang (as in OTP 25); the rest are BIFs (vm/src/bif/atomics.rs).
-module(atomics).
-compile(no_line_info).
-compile({inline, [raise/2]}).

-export([new/2, put/3, get/2, add/3, add_get/3, sub/3, sub_get/3,
         exchange/3, compare_exchange/4, info/1]).

-define(SIGNED, 1).

new(Arity, Opts) ->
    try
        erts_internal:atomics_new(Arity, options(Opts, ?SIGNED))
    catch
        throw:badopt ->
            error(badarg, [Arity, Opts], [{error_info, #{module => erl_erts_errors, cause => badopt}}]);
        error:Reason ->
            raise(Reason, [Arity, Opts])
    end.

options([], Flags) -> Flags;
options([{signed, true} | Rest], Flags) -> options(Rest, Flags bor ?SIGNED);
options([{signed, false} | Rest], Flags) -> options(Rest, Flags band (bnot ?SIGNED));
options(_, _) -> throw(badopt).

sub(Ref, Ix, Decr) ->
    try
        atomics:add(Ref, Ix, -Decr)
    catch
        error:Reason -> raise(Reason, [Ref, Ix, Decr])
    end.

sub_get(Ref, Ix, Decr) ->
    try
        atomics:add_get(Ref, Ix, -Decr)
    catch
        error:Reason -> raise(Reason, [Ref, Ix, Decr])
    end.

raise(Reason, Args) ->
    error(Reason, Args, [{error_info, #{module => erl_erts_errors}}]).

put(_Ref, _Ix, _Value) -> erlang:nif_error(undef).
get(_Ref, _Ix) -> erlang:nif_error(undef).
add(_Ref, _Ix, _Incr) -> erlang:nif_error(undef).
add_get(_Ref, _Ix, _Incr) -> erlang:nif_error(undef).
exchange(_Ref, _Ix, _Desired) -> erlang:nif_error(undef).
compare_exchange(_Ref, _Ix, _Expected, _Desired) -> erlang:nif_error(undef).
info(_Ref) -> erlang:nif_error(undef).
