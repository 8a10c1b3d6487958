-module(ets_test_ms).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% ets:test_ms/2, erlang:match_spec_test/3 (table and trace), match_spec_compile/run,
%% is_compiled_ms, and the error texts OTP gives for bad specifications.

start() ->
    Tests = [ets:test_ms({a, 1}, [{{'$1', '$2'}, [], [{{'$2', '$1'}}]}]),
             ets:test_ms({a, 1}, [{{'$1', '$2'}, [{'>', '$2', 5}], [x]}]),
             ets:test_ms({a, 1}, [{{'$1', '$2'}, [], [{'+', '$1', 1}]}]),
             ets:test_ms(not_a_tuple, [{'_', [], [any]}]),
             ets:test_ms(not_a_tuple, [{{'_'}, [], [any]}]),
             ets:test_ms({#{a => 1, b => 2}}, [{{#{a => '$1'}}, [], ['$1']}]),
             ets:test_ms({#{a => 1, b => 2}}, [{{#{c => '_'}}, [], [x]}]),
             ets:test_ms({#{a => 1, b => 2}}, [{{#{a => 1}}, [], [exact_submap]}]),
             ets:test_ms({[1, 2, 3]}, [{{['$1' | '$2']}, [], [{{'$2', '$1'}}]}]),
             ets:test_ms({<<"b">>, 1.0}, [{{<<"b">>, 1}, [], [int]}, {{<<"b">>, 1.0}, [], [float]}]),
             ets:test_ms({x, y}, [{{'$2', '$1'}, [], ['$$']}]),
             ets:test_ms({x, y, z}, [{{'$3', '_', '$1'}, [], ['$$']}]),
             ets:test_ms({a}, [{{'$1'}, [], [{'andalso', true, 1}]}]),
             ets:test_ms({a}, [{{'$1'}, [], [{'andalso', 1, true}]}]),
             ets:test_ms({a}, [{{'$1'}, [], [{'orelse', false, 1}]}]),
             ets:test_ms({a}, [{{'$1'}, [], [{'and', true, 1}]}]),
             ets:test_ms({a}, [{{'$1'}, [], [{'or', false, true}]}]),
             ets:test_ms({a}, [{{'$1'}, [], [{'not', 1}]}]),
             ets:test_ms({a}, [{{'$1'}, [], [{'+', '$1'}, ok]}]),
             ets:test_ms({a}, [{{'$1'}, [], [ok, {'+', '$1'}]}]),
             ets:test_ms({{a}}, [{{'$1'}, [{is_record, '$1', a, 1}], [rec]}]),
             ets:test_ms({{a}}, [{{'$1'}, [{is_record, '$1', a, x}], [rec]}])],
    Errors = [ets:test_ms({a}, MS) || MS <- [foo, [foo | bar], [foo], [{a, b}], [{'_', [], []}],
                                           [{{'$1'}, [], ['$2']}], [{{'$1'}, [{'>', '$3', '$4'}], ['$5']}],
                                           [{{'$1'}, [{foo, '$1'}], [1]}], [{{'$1'}, [], [{is_atom, 1, 2}]}],
                                           [{{'$1'}, [], [{message, 1}]}], [{{'$1'}, [], [{return_trace}]}],
                                           [{{'$1'}, [], [{'$1', 1}]}], [{{'$1'}, [], [{}]}], [{{'$1'}, [], [{1, 2}]}],
                                           [{{'$1'}, [], [[{1, 2}]]}], [{{#{'$1' => 1}}, [], [1]}],
                                           [{{'$1'}, [], [{const}]}], [{{'$1'}, [], [{const, 1, 2}]}],
                                           [{{'$1'}, [], [{self, 1}]}], [{{'$1'}, [{'andalso'}], [1]}],
                                           [{{'$1'}, [{'orelse'}], [1]}], [{{'$1'}, [{'and'}], [1]}],
                                           [{{'$1'}, [{'or'}], [1]}], [{{'$1'}, foo, [1]}], [{{'$1'}, [], foo}],
                                           [{{'$1'}, [1 | x], [1]}], [{{'$1'}, [], [1 | x]}],
                                           [{{'$1'}, [], [{is_seq_trace}]}], [{{'$1'}, [], [{display, x}]}],
                                           [{{'$1'}, [], [{get_tcw}]}], [{{'$1'}, [{is_boolean, '$1'}], [1]}]]],
    Trace = [erlang:match_spec_test([a, b], [{['$1', '$2'], [], [{{'$2', '$1'}}]}], trace),
             erlang:match_spec_test([a, b], [{['$1', '$2'], [], [{message, '$1'}]}], trace),
             erlang:match_spec_test([a, b], [{['$1', '$2'], [], [{return_trace}]}], trace),
             erlang:match_spec_test([a, b], [{['$1', '$2'], [], [{message, false}, {return_trace}]}], trace),
             erlang:match_spec_test([a, b], [{['$1'], [], [x]}], trace),
             erlang:match_spec_test([a, b], [{'_', [], []}], trace),
             erlang:match_spec_test([a, b], [{'$1', [], ['$1']}], trace),
             erlang:match_spec_test([a, b], [{['$1', '_'], [{is_atom, '$1'}], [{message, '$_'}]}], trace),
             erlang:match_spec_test([], [{[], [], [{message, empty}]}], trace),
             ?T(erlang:match_spec_test({a}, [{'_', [], []}], trace)),
             ?T(erlang:match_spec_test([a], [{'_', [], []}], other))],
    C = ets:match_spec_compile([{{'$1', '$2'}, [{is_integer, '$2'}], [{{'$2', '$1'}}]}]),
    Comp = [ets:is_compiled_ms(C), ets:is_compiled_ms(make_ref()), ets:is_compiled_ms(foo),
            ets:match_spec_run([{a, 1}, {b, x}, {c, 3}, notuple, {d, 4, 5}], C),
            ets:match_spec_run_r([{a, 1}, {c, 3}], C, [tail]), ets:match_spec_run([], C),
            ?T(ets:match_spec_run(foo, C)), ?T(ets:match_spec_run_r([a | b], C, [])),
            ?T(ets:match_spec_compile([{'_', [], []}])), ?T(ets:match_spec_compile([]))],
    {Tests, Errors, Trace, Comp}.

catching(F) ->
    try F() catch C:R:S -> {C, R, info(S)} end.
info([{_, _, _, [{error_info, I} | _]} | _]) -> I;
info(_) -> none.
