%% Version 2: funs of every kind, to see which version they run after a reload.
-module(cl_embed_funs).
-export([local_fun/0, closure/1, external_fun/0, tag/0, apply_tag/0]).

tag() -> v2.

local_fun() -> fun() -> {local_fun, v2} end.

closure(X) -> fun(Y) -> {closure, v2, X + Y} end.

external_fun() -> fun ?MODULE:tag/0.

apply_tag() -> apply(?MODULE, tag, []).
