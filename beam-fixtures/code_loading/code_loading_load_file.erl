%% Modules found on the code path (the area's PATHS adds embed/lib): code:load_file/1,
%% code:ensure_loaded/1, loading on the first remote call, code:which/1, code:is_loaded/1
%% (only the file name is checked: the directory depends on the machine), and nofile.
%% RUN: alone
-module(code_loading_load_file).
-export([start/0]).
-include("../include/fixture_procs.hrl").

base({file, Path}) when is_list(Path) -> {file, basename(Path)};
base(Path) when is_list(Path) -> basename(Path);
base(Other) -> Other.

%% What follows the last "/" (as filename:basename/1 for these paths; kept local so the
%% fixture needs nothing from stdlib's filename).
basename(Path) -> lists:reverse(lists:takewhile(fun(C) -> C =/= $/ end, lists:reverse(Path))).

run() ->
    quiet_logger(),
    Before = {erlang:module_loaded(cl_embed_lib), code:is_loaded(cl_embed_lib)},
    L1 = code:load_file(cl_embed_lib),
    Hello = cl_embed_lib:hello(),
    Is = base(code:is_loaded(cl_embed_lib)),
    Which = base(code:which(cl_embed_lib)),
    E1 = code:ensure_loaded(cl_embed_lib),
    %% Loading again: the old copy is replaced (and purged when needed).
    L2 = code:load_file(cl_embed_lib),
    %% Never loaded explicitly: the first call loads it.
    Auto = {erlang:module_loaded(cl_embed_autoload), cl_embed_autoload:answer(),
            erlang:module_loaded(cl_embed_autoload)},
    Missing = [code:load_file(cl_embed_fixture_never_created_module),
               code:ensure_loaded(cl_embed_fixture_never_created_module),
               code:which(cl_embed_fixture_never_created_module),
               code:is_loaded(cl_embed_fixture_never_created_module),
               catching(fun() -> cl_embed_fixture_never_created_module:f() end),
               catching(fun() -> code:load_file(id("cl_embed_lib")) end)],
    %% Preloaded and built-in modules.
    Pre = {code:which(erlang), code:is_loaded(erlang), erlang:module_loaded(erlang),
           lists:member(erlang, erlang:pre_loaded()), lists:member(init, erlang:pre_loaded())},
    {Before, L1, Hello, Is, Which, E1, L2, Auto, Missing, Pre}.

start() ->
    isolated(fun run/0).
