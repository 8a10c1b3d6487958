%% Differential test driver: runs every case of lite_cases through the real OTP module
%% and through the otp-lite one (compiled under the name lite_<module>), and fails on any
%% difference. Started by otp-lite/test/run.
-module(lite_diff).
-export([main/1, run_case/3, compile_renamed/3]).

-define(TIMEOUT, 3000).
-define(SHOW_MAX, 3).

main([SrcDir, OutDir | Only]) ->
    Srcs = lists:sort(filelib:wildcard(filename:join(SrcDir, "*.erl"))),
    Mods = [list_to_atom(filename:basename(S, ".erl")) || S <- Srcs],
    WarnFailures = lists:append([compile_renamed(S, Mods, OutDir) || S <- Srcs]),
    true = code:add_patha(OutDir),
    Selected = case Only of
                   [] -> Mods;
                   _ -> [list_to_atom(O) || O <- Only]
               end,
    lite_gen:seed(),
    Results = [check_module(M) || M <- Selected, lists:member(M, Mods)],
    Passed = lists:sum([P || {P, _} <- Results]),
    Failed = lists:sum([F || {_, F} <- Results]) + length(WarnFailures),
    [io:format("compile warning: ~ts~n", [W]) || W <- WarnFailures],
    io:format("~b passed, ~b failed~n", [Passed, Failed]),
    halt(case Failed of 0 -> 0; _ -> 1 end).

%% Compile one source the way `./x otp` does (to see its warnings), then again renamed.
compile_renamed(Src, Mods, OutDir) ->
    Warnings =
        case compile:file(Src, [deterministic, binary, return_errors, return_warnings]) of
            {ok, _, _, []} -> [];
            {ok, _, _, Ws} -> [format_diag(Ws)];
            {error, Es, Ws} -> io:format("compile error: ~ts~n", [format_diag(Es ++ Ws)]),
                               halt(1)
        end,
    {ok, Forms0} = epp:parse_file(Src, []),
    {attribute, _, module, Orig} = lists:keyfind(module, 3, Forms0),
    Forms = [rename_form(F, Orig, Mods) || F <- Forms0],
    case compile:forms(Forms, [binary, return_errors, return_warnings,
                               nowarn_unused_function]) of
        {ok, Lite, Bin, _} ->
            File = filename:join(OutDir, atom_to_list(Lite) ++ ".beam"),
            ok = file:write_file(File, Bin);
        {error, Es2, _} ->
            io:format("renamed compile error in ~s: ~p~n", [Src, Es2]),
            halt(1)
    end,
    Warnings.

format_diag(Diags) ->
    [[io_lib:format("~ts:~p: ~ts~n", [F, L, M:format_error(D)]) || {L, M, D} <- Ds]
     || {F, Ds} <- Diags].

lite(M) -> list_to_atom("lite_" ++ atom_to_list(M)).

rename_form({attribute, L, module, M}, _Orig, _Mods) ->
    {attribute, L, module, lite(M)};
rename_form({function, L, Name, Arity, Clauses} = F, Orig, Mods) ->
    case lists:all(fun is_nif_stub/1, Clauses) of
        true ->
            %% A BIF stub: forward to the real BIF, as the VM binds it natively.
            Vars = [{var, L, list_to_atom("A" ++ integer_to_list(I))}
                    || I <- lists:seq(1, Arity)],
            Call = {call, L, {remote, L, {atom, L, Orig}, {atom, L, Name}}, Vars},
            {function, L, Name, Arity, [{clause, L, Vars, [], [Call]}]};
        false ->
            rename_calls(F, Mods)
    end;
rename_form(F, _Orig, _Mods) ->
    F.

is_nif_stub({clause, _, _, [],
             [{call, _, {remote, _, {atom, _, erlang}, {atom, _, nif_error}}, [_]}]}) -> true;
is_nif_stub(_) -> false.

rename_calls({remote, L, {atom, La, M}, F}, Mods) ->
    {remote, L, {atom, La, maybe_lite(M, Mods)}, rename_calls(F, Mods)};
rename_calls({'fun', L, {function, {atom, La, M}, F, A}}, Mods) ->
    {'fun', L, {function, {atom, La, maybe_lite(M, Mods)}, F, A}};
rename_calls(T, Mods) when is_tuple(T) ->
    list_to_tuple(rename_calls(tuple_to_list(T), Mods));
rename_calls([H | T], Mods) ->
    [rename_calls(H, Mods) | rename_calls(T, Mods)];
rename_calls(X, _Mods) ->
    X.

maybe_lite(M, Mods) ->
    case lists:member(M, Mods) of
        true -> lite(M);
        false -> M
    end.

%% Runs the cases of one module; returns {Passed, Failed}.
check_module(M) ->
    Cases = lite_cases:expand(M),
    Lite = lite(M),
    {P, Fs} = lists:foldl(
                fun({F, Args}, {P0, Fails}) ->
                        Norm = lite_cases:normalize(M, F),
                        Want = Norm(run_isolated(M, F, Args)),
                        Got = Norm(run_isolated(Lite, F, Args)),
                        case Want =:= Got andalso not timed_out(Want) of
                            true -> {P0 + 1, Fails};
                            false -> {P0, [{F, Args, Want, Got} | Fails]}
                        end
                end, {0, []}, Cases),
    Failures = lists:reverse(Fs),
    io:format("~-10s ~6b cases, ~b differ~n", [M, length(Cases), length(Failures)]),
    ByFun = lists:foldl(fun({F, _, _, _} = Fail, Acc) ->
                                maps:update_with(F, fun(L) -> [Fail | L] end, [Fail], Acc)
                        end, #{}, Failures),
    maps:foreach(fun(F, Fails) ->
                         io:format("  ~s:~s differs in ~b cases~n", [M, F, length(Fails)]),
                         show(M, lists:reverse(Fails), ?SHOW_MAX)
                 end, ByFun),
    {P, length(Failures)}.

show(_M, [], _) -> ok;
show(_M, Rest, 0) -> io:format("  ... and ~b more~n", [length(Rest)]);
show(M, [{F, Args, Want, Got} | Rest], N) ->
    io:format("  ~s:~s(~ts)~n    otp:  ~tP~n    lite: ~tP~n",
              [M, F, args_text(Args), Want, 40, Got, 40]),
    show(M, Rest, N - 1).

args_text(Args) ->
    lists:join(", ", [io_lib:format("~tP", [A, 25]) || A <- Args]).

%% Each call runs in its own process: its log of fun calls lives in that process's
%% dictionary, its group leader records I/O requests, and a runaway call times out.
run_isolated(M, F, Args) ->
    Self = self(),
    Ref = make_ref(),
    Io = lite_gen:start_io_capture(),
    {Pid, MRef} = spawn_monitor(fun() ->
                                        group_leader(Io, self()),
                                        Self ! {Ref, run_case(M, F, Args)}
                                end),
    Res = receive
              {Ref, R} -> erlang:demonitor(MRef, [flush]), R;
              {'DOWN', MRef, process, Pid, Why} -> {died, Why}
          after ?TIMEOUT ->
                  exit(Pid, kill),
                  timeout
          end,
    IoLog = lite_gen:stop_io_capture(Io),
    {Res, IoLog}.

timed_out({timeout, _}) -> true;
timed_out(_) -> false.

run_case(M, F, Args) ->
    put(lite_log, []),
    R = try {ok, apply(M, F, Args)}
        catch Class:Reason -> {Class, Reason}
        end,
    {R, lists:reverse(get(lite_log))}.
