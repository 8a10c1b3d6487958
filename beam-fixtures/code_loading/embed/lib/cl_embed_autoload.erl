%% Loaded on demand by its first remote call (erl's interactive mode), never explicitly.
-module(cl_embed_autoload).
-export([answer/0]).

answer() -> 42.
