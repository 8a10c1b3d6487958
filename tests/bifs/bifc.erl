%% Runner for the BIF conformance cases (tests/bif_conformance.rs). Each case module's
%% start/0 returns run(Cases); every case is {M, F, Args} applied at run time (so that the
%% compiler cannot fold it) or {Label, Fun} for checks that need more than one call.
%% A result is {F, Args, {ok, Value}} or {F, Args, {Class, Reason, TopFrame}}, where TopFrame
%% is the BIF's own frame {M, F, Args, Info} when the error came from it, else caller.
-module(bifc).
-export([run/1, cross/3, apply_safely/3]).

run(Cases) -> [one(C) || C <- Cases].

one({M, F, A}) when is_atom(M), is_atom(F), is_list(A) ->
    {F, A, apply_safely(M, F, A)};
one({Label, Fun}) when is_function(Fun, 0) ->
    {Label, try Fun() of V -> {ok, V} catch C:R:S -> {C, R, frame(S, none)} end}.

apply_safely(M, F, A) ->
    try apply(M, F, A) of
        V -> {ok, V}
    catch
        C:R:S -> {C, R, frame(S, A)}
    end.

%% The BIF's own frame, with its arguments shown as `same` when they are the call's.
frame([{M, F, A, Info} | _], A) when M =/= bifc -> {M, F, same, Info};
frame([{M, F, A, Info} | _], _) when M =/= bifc, is_list(A) -> {M, F, A, Info};
frame(_, _) -> caller.

%% Every function of Fs applied to every argument list of ArgLists.
cross(M, Fs, ArgLists) -> [{M, F, A} || F <- Fs, A <- ArgLists].
