%% persistent_term for BeamOS: every function is a BIF (vm/src/bif/persistent_term.rs).
-module(persistent_term).

-export([erase/1, get/0, get/1, get/2, info/0, put/2]).

erase(_Key) -> erlang:nif_error(undef).
get() -> erlang:nif_error(undef).
get(_Key) -> erlang:nif_error(undef).
get(_Key, _Default) -> erlang:nif_error(undef).
info() -> erlang:nif_error(undef).
put(_Key, _Value) -> erlang:nif_error(undef).
