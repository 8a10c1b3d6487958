%% A module with an -on_load function: it reports to a registered watcher (if any) what it
%% sees while it runs, and returns what the persistent term cl_embed_onload_result says.
-module(cl_embed_onload).
-on_load(init/0).
-export([hello/0]).

init() ->
    case whereis(cl_embed_onload_watcher) of
        undefined -> ok;
        Watcher ->
            Watcher ! {on_load_ran, self(),
                       erlang:module_loaded(?MODULE),
                       catch ?MODULE:hello(),
                       hello()}
    end,
    case persistent_term:get(cl_embed_onload_result, ok) of
        crash -> erlang:error(on_load_crashed);
        Result -> Result
    end.

hello() -> hello_from_on_load_module.
