%% Other pure erlang BIFs: type tests, min/max, funs, the process dictionary's return
%% values, system information, time unit conversion.
-module(bifc_misc).
-export([start/0]).

start() -> bifc:run(cases()).

cases() ->
    All = [[V] || V <- bifvals:all()],
    bifc:cross(erlang,
               [is_atom, is_binary, is_bitstring, is_boolean, is_float, is_function,
                is_integer, is_list, is_map, is_number, is_pid, is_port, is_record,
                is_reference, is_tuple, abs, bit_size, byte_size, tuple_size, map_size, size,
                length, float, hd, tl, node, 'not', '-', '+', 'bnot', display_string],
               All) ++
        bifc:cross(erlang, [min, max, '=:=', '==', '<', is_function, is_record, element],
                   [[A, B] || A <- [1, 1.0, a, {a}, [], 2, -1], B <- [1, 1.0, b, {a}, 0, 2]]) ++
        bifc:cross(erlang, [is_record], [[T, a, N] || T <- [{a}, {a, b}, {b, c}, a], N <- [1, 2, -1, b]]) ++
        bifc:cross(erlang, [convert_time_unit],
                   [[T, F, U] || T <- [0, 1, -1, 999, 1000, -1001, 1 bsl 64, 1.0, a],
                                 F <- [second, millisecond, microsecond, nanosecond, native,
                                       perf_counter, 1, 3, 1000, 0, seconds, foo],
                                 U <- [second, millisecond, nanosecond, native, 7, -1,
                                       milli_seconds, foo]]) ++
        bifc:cross(erlang, [fun_info],
                   [[F, I] || F <- [fun erlang:abs/1, fun lists:map/2, a],
                              I <- [module, name, arity, env, type, index, uniq, pid,
                                    new_index, new_uniq, refs, foo, 1]]) ++
        bifc:cross(erlang, [fun_info], [[fun erlang:abs/1], [a]]) ++
        bifc:cross(erlang, [fun_to_list], [[fun erlang:abs/1], [fun lists:map/2], [a]]) ++
        bifc:cross(erlang, [make_fun],
                   [[M, F, A] || M <- [lists, a], F <- [map, 1], A <- [2, -1, 256, 255, a]]) ++
        bifc:cross(erlang, [is_builtin],
                   [[M, F, A] || {M, F, A} <- [{erlang, abs, 1}, {erlang, apply, 3},
                                                {lists, reverse, 2}, {lists, map, 2},
                                                {erlang, display, 1}, {binary, match, 2},
                                                {erlang, foo, 0}, {a, b, -1}, {1, 2, 3},
                                                {erlang, '+', 2}, {erlang, max, 2},
                                                {erlang, spawn, 1}, {math, sin, 1}]]) ++
        bifc:cross(erlang, [function_exported],
                   [[M, F, A] || {M, F, A} <- [{erlang, abs, 1}, {erlang, apply, 3},
                                                {lists, reverse, 2}, {lists, map, 2},
                                                {erlang, foo, 0}, {a, b, -1}, {1, 2, 3},
                                                {bifc, run, 1}, {bifc, run, 2},
                                                {erlang, max, 2}, {erlang, '+', 2}]]) ++
        bifc:cross(erlang, [system_info],
                   [[K] || K <- [otp_release, wordsize, {wordsize, internal},
                                 {wordsize, external}, smp_support, threads,
                                 machine, hipe_architecture, foo, 1, atom_limit, process_limit,
                                 ets_limit, port_limit, debug_compiled, heap_type,
                                 version, compat_rel, emu_type, time_warp_mode,
                                 min_heap_size, fullsweep_after, {wordsize, foo}, {foo, bar}]]) ++
        bifc:cross(erlang, [node, is_alive, nodes], [[]]) ++
        bifc:cross(erlang, [error, exit, throw, nif_error], [[reason], [{a, b}]]) ++
        bifc:cross(erlang, [error, nif_error], [[r, [1, 2]], [r, none], [r, a]]) ++
        bifc:cross(erlang, [error], [[r, [1], [{error_info, #{cause => x}}]], [r, [1], []],
                                     [r, [1], a], [r, none, []], [r, a, []]]) ++
        bifc:cross(erlang, [raise],
                   [[C, r, S] || C <- [error, exit, throw, foo],
                                 S <- [[], [{m, f, 1, []}], [{m, f, [a], [{line, 1}]}],
                                       a, [a], [{m, f, 1}], [{m, f, a, []}], [{m, f, 1, a}],
                                       [{fun erlang:abs/1, [1], []}]]]) ++
        [{pdict,
          fun() ->
                  erase(),
                  %% No two keys compare equal (1 and 1.0 would): lists:sort would then keep
                  %% get_keys/0's order, which follows atom-table indexes, not term values.
                  R1 = [put(K, V) || {K, V} <- [{a, 1}, {b, 2}, {a, 3}, {{x}, 4}, {2.5, 5}, {1, 6}]],
                  R2 = [get(K) || K <- [a, b, c, {x}, 1, 1.0, 2.5]],
                  R3 = {lists:sort(get_keys()), lists:sort(get_keys(2)), lists:sort(get_keys(9))},
                  R4 = [erase(K) || K <- [a, z]],
                  R5 = lists:sort(get()),
                  R6 = lists:sort(erase()),
                  {R1, R2, R3, R4, R5, R6, get(), get_keys()}
          end},
         {unique_positive,
          fun() ->
                  A = erlang:unique_integer([positive]),
                  B = erlang:unique_integer([positive, monotonic]),
                  C = erlang:unique_integer([monotonic]),
                  D = erlang:unique_integer([monotonic]),
                  {A > 0, B > 0, D > C, is_integer(erlang:unique_integer())}
          end},
         {unique_bad, fun() -> erlang:unique_integer([foo]) end},
         {unique_bad2, fun() -> erlang:unique_integer(a) end},
         {refs, fun() -> R = make_ref(), {is_reference(R), R =:= R, R =/= make_ref()} end},
         {mono, fun() -> A = erlang:monotonic_time(), B = erlang:monotonic_time(), B >= A end},
         {mono_units,
          fun() ->
                  [is_integer(erlang:monotonic_time(U))
                   || U <- [second, millisecond, microsecond, nanosecond, native, perf_counter, 10]]
          end},
         {mono_bad, fun() -> erlang:monotonic_time(foo) end},
         {systime,
          fun() ->
                  S = erlang:system_time(second),
                  {S > 1600000000, erlang:system_time(millisecond) div 1000 >= S}
          end},
         {systime_bad, fun() -> erlang:system_time(0) end},
         {offset, fun() -> is_integer(erlang:time_offset()) end},
         {offset_bad, fun() -> erlang:time_offset(foo) end},
         {timestamp,
          fun() ->
                  {A, B, C} = erlang:timestamp(),
                  {D, E, F} = os:timestamp(),
                  {A > 1000, B < 1000000, C < 1000000, D >= A, E < 1000000, F < 1000000}
          end},
         {os_systime, fun() -> {is_integer(os:system_time()), os:system_time(second) > 1600000000} end},
         {date_time,
          fun() ->
                  {Y, Mo, D} = date(),
                  {H, Mi, S} = time(),
                  {{Y2, _, _}, {_, _, _}} = erlang:universaltime(),
                  {{Y3, _, _}, {_, _, _}} = erlang:localtime(),
                  {Y > 2020, Mo >= 1, Mo =< 12, D >= 1, D =< 31, H < 24, Mi < 60, S < 60,
                   Y2 > 2020, Y3 > 2020}
          end},
         {utc_local,
          fun() ->
                  T = {{2023, 6, 1}, {12, 0, 0}},
                  L = erlang:universaltime_to_localtime(T),
                  {erlang:localtime_to_universaltime(L), calendar:valid_date(element(1, L))}
          end},
         {utc_bad, fun() -> erlang:universaltime_to_localtime({{2023, 13, 1}, {0, 0, 0}}) end},
         {utc_bad2, fun() -> erlang:localtime_to_universaltime(a) end},
         {utc_bad3, fun() -> erlang:universaltime_to_localtime({{2023, 2, 29}, {0, 0, 0}}) end},
         {utc_bad4, fun() -> erlang:universaltime_to_localtime({{2023, 1, 1}, {24, 0, 0}}) end},
         {stats,
          fun() ->
                  {R, _} = statistics(runtime),
                  {W, _} = statistics(wall_clock),
                  {Rd, _} = statistics(reductions),
                  {is_integer(R), is_integer(W), is_integer(Rd)}
          end},
         {stats_bad, fun() -> statistics(foo) end},
         {bump, fun() -> erlang:bump_reductions(10) end},
         {bump_bad, fun() -> erlang:bump_reductions(-1) end},
         {gc, fun() -> garbage_collect() end},
         {display_ok, fun() -> erlang:display_string("") end},
         {apply3, fun() -> apply(lists, reverse, [[1, 2]]) end},
         {apply2, fun() -> apply(fun erlang:'+'/2, [1, 2]) end},
         {apply_bad, fun() -> apply(lists, reverse, a) end},
         {apply_bad2, fun() -> apply(1, reverse, []) end},
         {apply_bad3, fun() -> apply(bifvals:atoms(), [1]) end}].
