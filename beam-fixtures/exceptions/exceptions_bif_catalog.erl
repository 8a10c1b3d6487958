-module(exceptions_bif_catalog).
-export([start/0]).

%% A catalogue of BIFs given bad arguments: the exact class and reason for each (almost
%% always error:badarg, sometimes badarith or system_limit).

start() ->
    Calls = [{atom_to_list, [1]}, {list_to_atom, [[a]]}, {atom_to_binary, [a, bad]}, {binary_to_atom, [<<1:1>>, utf8]},
             {integer_to_list, [a]}, {integer_to_list, [1, 1]}, {list_to_integer, ["1", 37]}, {float_to_list, [1]},
             {list_to_float, ["1"]}, {tuple_to_list, [a]}, {list_to_tuple, [a]}, {element, [0, {a}]},
             {setelement, [2, {a}, x]}, {make_tuple, [-1, a]}, {tuple_size, [[]]}, {byte_size, [a]}, {bit_size, [1]},
             {length, [[a | b]]}, {hd, [a]}, {tl, [[]]}, {binary_part, [<<1>>, 1, 1]}, {split_binary, [<<1>>, 2]},
             {list_to_binary, [[1 | 2]]}, {binary_to_list, [a]}, {iolist_size, [a]}, {term_to_binary, [a, [x]]},
             {binary_to_term, [<<>>]}, {abs, [a]}, {trunc, [a]}, {round, ["1"]}, {float, [a]}, {'+', [a, 1]},
             {'-', [a]}, {'div', [1, 0]}, {'rem', [1.0, 1]}, {'bsl', [1, a]}, {'bnot', [1.0]}, {max, [1]},
             {phash2, [a, 0]}, {md5, [a]}, {crc32, [a]}, {put, [a]}, {erase, [a, b]}, {apply, [a, b, c]},
             {atom_to_list, []}, {make_ref, [x]}, {node, [a]}, {is_process_alive, [a]}, {monitor, [bad, a]},
             {unique_integer, [[bad]]}, {convert_time_unit, [1, a, b]}, {binary_to_integer, [<<"z">>]},
             {list_to_existing_atom, ["fixture_never_created_atom_c1"]}, {min, [a]}, {map_size, [a]},
             {map_get, [a, #{}]}, {is_map_key, [a, b]}, {tuple_size, []}, {insert_element, [0, {}, a]},
             {delete_element, [1, {}]}, {append_element, [a, b]}, {list_to_bitstring, [[a]]},
             {bitstring_to_list, [a]}, {external_size, [a, [bad]]}, {adler32, [a]}, {integer_to_binary, [1, 40]}],
    [{F, length(A), catching(fun() -> apply(erlang, F, A) end)} || {F, A} <- Calls].

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
