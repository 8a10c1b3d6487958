%% io_lib:format/2 and friends return characters instead of printing: ~ts keeps code points
%% above 255, ~s refuses them, ~p/~tp escape or keep them; io_lib:write/1, write_string,
%% print with options, and the character lists these produce (nothing to do with devices).
-module(io_lib_format_chars).
-export([start/0]).

catching(F) -> try {ok, F()} catch C:R -> {C, R} end.

flat(F, A) -> catching(fun() -> lists:flatten(io_lib:format(F, A)) end).

start() ->
    [flat("~ts", [[8364, 233]]),
     flat("~ts", [<<"é€"/utf8>>]),
     flat("~s", [[8364]]),
     flat("~s", [[233]]),
     flat("~p", [[8364, 233]]),
     flat("~tp", [[8364, 233]]),
     flat("~p", [<<"é€"/utf8>>]),
     flat("~tp", [<<"é€"/utf8>>]),
     flat("~w", ['€']),
     flat("~tw", ['€']),
     flat("~c", [8364]),
     flat("~tc", [8364]),
     flat("~10.5ts|", [[8364, 8364, 8364, 8364, 8364, 8364, 8364]]),
     lists:flatten(io_lib:write({a, "b", <<"c">>})),
     lists:flatten(io_lib:write_string("quote\"d")),
     lists:flatten(io_lib:write_atom('needs quotes')),
     lists:flatten(io_lib:print([1, 2, 3], 1, 80, -1)),
     lists:flatten(io_lib:fwrite("~.2f|~8.3e|~w", [1.005, 12345.678, 1.0e-10])),
     io_lib:printable_list([8364]),
     io_lib:printable_unicode_list([8364]),
     io_lib:printable_latin1_list([233])].
