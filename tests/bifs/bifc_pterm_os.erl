%% persistent_term and the os environment BIFs.
-module(bifc_pterm_os).
-export([start/0]).

start() -> bifc:run(cases()).

cases() ->
    Keys = [{bifc, 1}, {bifc, 1.0}, <<"bifc">>, [bifc, key], 123456789],
    [{put_get,
      fun() ->
              [persistent_term:put(K, {value, K}) || K <- Keys],
              R1 = [persistent_term:get(K) || K <- Keys],
              persistent_term:put({bifc, 1}, replaced),
              R2 = {persistent_term:get({bifc, 1}), persistent_term:get({bifc, 1.0})},
              R3 = [persistent_term:erase(K) || K <- Keys ++ [{bifc, 1}]],
              R4 = [persistent_term:get(K, default) || K <- Keys],
              {R1, R2, R3, R4}
      end},
     {persistent_term, get, [{bifc, missing}]},
     {persistent_term, get, [{bifc, missing}, 7]},
     {persistent_term, erase, [{bifc, missing}]},
     {big_value,
      fun() ->
              V = {lists:seq(1, 1000), <<0:8000>>, #{a => [1.5, "x"]}},
              persistent_term:put({bifc, big}, V),
              R = persistent_term:get({bifc, big}) =:= V,
              persistent_term:erase({bifc, big}),
              R
      end},
     {os, getenv, ["BIFC_SURELY_UNSET_VARIABLE"]},
     {os, getenv, [bifc]},
     {os, getenv, [[$a | b]]},
     {env_cycle,
      fun() ->
              A = os:putenv("BIFC_VAR", "value=1"),
              B = os:getenv("BIFC_VAR"),
              C = os:putenv("BIFC_VAR", "\x{3A9}"),
              D = os:getenv("BIFC_VAR"),
              E = os:unsetenv("BIFC_VAR"),
              {A, B, C, D, E, os:getenv("BIFC_VAR")}
      end},
     {os, putenv, ["A=B", "x"]},
     {os, putenv, [a, "x"]},
     {os, putenv, ["BIFC_X", x]},
     {os, unsetenv, [x]},
     {os, set_signal, [sighup, ignore]},
     {os, set_signal, [sighup, foo]},
     {os, set_signal, [sigfoo, ignore]},
     {perf_counter, fun() -> is_integer(os:perf_counter()) end},
     {getpid, fun() -> is_list(os:getpid()) end}].
