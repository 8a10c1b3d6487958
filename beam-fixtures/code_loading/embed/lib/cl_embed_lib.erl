%% A module found through the area's code path (code_loading/PATHS lists embed/lib), for
%% code:load_file/1, code:ensure_loaded/1 and loading on first call.
-module(cl_embed_lib).
-export([hello/0]).

hello() -> {hello, from_lib}.
