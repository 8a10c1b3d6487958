-module(bifs_misc_erlang_funs).
-export([start/0]).

%% Small erlang functions implemented partly in Erlang and partly as BIFs: erlang:max/min
%% on mixed types, erlang:is_builtin, erlang:function_exported for loaded modules, erlang:
%% module_loaded of this module, erlang:error/2 args, and erlang:bump_reductions.

start() ->
    MaxMin = [{max(A, B), min(A, B)} || {A, B} <- [{1, a}, {[], {}}, {<<>>, []}, {1.0, 1}, {1, 1.0}, {"a", <<"a">>}]],
    Builtin = [erlang:is_builtin(M, F, A) || {M, F, A} <- [{erlang, length, 1}, {erlang, apply, 3}, {lists, reverse, 2},
                                                           {lists, seq, 2}, {erlang, hibernate, 3}, {maps, get, 2},
                                                           {math, sqrt, 1}, {nomod, f, 0}]],
    Exported = [erlang:function_exported(?MODULE, start, 0), erlang:function_exported(?MODULE, nothing, 0),
                erlang:function_exported(erlang, length, 1), erlang:module_loaded(?MODULE)],
    Bump = erlang:bump_reductions(100),
    Hib = is_function(fun erlang:hibernate/3, 3),
    {MaxMin, Builtin, Exported, Bump, Hib}.
