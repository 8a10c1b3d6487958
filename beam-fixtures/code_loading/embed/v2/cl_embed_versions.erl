%% Version 2 of a plain module: a loop a process can be left running in.
-module(cl_embed_versions).
-vsn(2).
-export([version/0, wait/0, wait_then_remote/0]).

version() -> 2.

%% Waits in version 2 code; answers with the version of the code it runs.
wait() ->
    receive
        {which, From} -> From ! {running, version()}, wait();
        stop -> ok
    end.

%% Waits, then makes a remote call into whatever version is current.
wait_then_remote() ->
    receive
        {go, From} -> From ! {before_remote, version()}, ?MODULE:wait()
    end.
