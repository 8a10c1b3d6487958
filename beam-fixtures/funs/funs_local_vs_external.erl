-module(funs_local_vs_external).
-export([start/0, ext/1]).

%% Local funs (fun f/1) versus external funs (fun ?MODULE:f/1, fun m:f/1) to the same
%% code: both callable, different types in fun_info, not equal to each other, and
%% external funs resolved at call time.

start() ->
    Local = fun ext/1,
    External = fun ?MODULE:ext/1,
    Made = erlang:make_fun(?MODULE, ext, 1),
    Calls = [Local(1), External(2), Made(3)],
    Info = [[erlang:fun_info(F, K) || K <- [type, module, name, arity]] || F <- [Local, External, Made]],
    Eq = [Local =:= External, External =:= Made, Local =:= fun ext/1],
    {Calls, Info, Eq, is_function(Local, 1), External}.

ext(X) -> {ext, X}.
