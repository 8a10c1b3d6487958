-module(programs_json_codec).
-export([start/0]).

%% A JSON encoder and a recursive-descent decoder over binaries (strings with escapes and
%% \u sequences, numbers, nesting), and round trips through both.

start() ->
    Docs = [<<"{\"a\": [1, 2.5, -3e2, true, false, null], \"b\": {\"c\": \"x\\ny\\u00e9\\\"\"}}">>,
            <<"[]">>, <<"  [ {} , [ [ ] ] , \"\" ]  ">>, <<"-0.125">>, <<"\"\\ud83d\\ude00\"">>, <<"{\"k\":1,}">>,
            <<"[1, 2">>, <<"tru">>],
    Decoded = [decode(D) || D <- Docs],
    Round = [case R of {ok, V} -> decode(encode(V)) =:= {ok, V}; _ -> skip end || R <- Decoded],
    Encoded = [encode(V) || {ok, V} <- Decoded],
    {Decoded, Round, Encoded}.

decode(B) ->
    try
        {V, Rest} = value(ws(B)),
        case ws(Rest) of <<>> -> {ok, V}; Tail -> {error, {trailing, Tail}} end
    catch throw:E -> {error, E}
    end.

ws(<<C, R/binary>>) when C =:= $\s; C =:= $\n; C =:= $\t; C =:= $\r -> ws(R);
ws(B) -> B.

value(<<${, R/binary>>) -> object(ws(R), #{});
value(<<$[, R/binary>>) -> array(ws(R), []);
value(<<$", R/binary>>) -> string(R, <<>>);
value(<<"true", R/binary>>) -> {true, R};
value(<<"false", R/binary>>) -> {false, R};
value(<<"null", R/binary>>) -> {null, R};
value(<<C, _/binary>> = B) when C =:= $-; C >= $0, C =< $9 -> number(B);
value(B) -> throw({unexpected, B}).

object(<<$}, R/binary>>, Acc) when map_size(Acc) =:= 0 -> {Acc, R};
object(<<$", R/binary>>, Acc) ->
    {K, R1} = string(R, <<>>),
    <<$:, R2/binary>> = ws(R1),
    {V, R3} = value(ws(R2)),
    case ws(R3) of
        <<$,, R4/binary>> -> object(ws(R4), Acc#{K => V});
        <<$}, R4/binary>> -> {Acc#{K => V}, R4};
        Other -> throw({bad_object, Other})
    end;
object(B, _) -> throw({bad_key, B}).

array(<<$], R/binary>>, []) -> {[], R};
array(B, Acc) ->
    {V, R} = value(B),
    case ws(R) of
        <<$,, R1/binary>> -> array(ws(R1), [V | Acc]);
        <<$], R1/binary>> -> {lists:reverse([V | Acc]), R1};
        Other -> throw({bad_array, Other})
    end.

string(<<$", R/binary>>, Acc) -> {Acc, R};
string(<<$\\, $u, H:4/binary, $\\, $u, L:4/binary, R/binary>>, Acc) when H >= <<"d800">>, H < <<"dc00">> ->
    Hi = binary_to_integer(H, 16), Lo = binary_to_integer(L, 16),
    string(R, <<Acc/binary, ((Hi - 16#D800) * 1024 + (Lo - 16#DC00) + 16#10000)/utf8>>);
string(<<$\\, $u, H:4/binary, R/binary>>, Acc) -> string(R, <<Acc/binary, (binary_to_integer(H, 16))/utf8>>);
string(<<$\\, C, R/binary>>, Acc) -> string(R, <<Acc/binary, (esc(C))>>);
string(<<C, R/binary>>, Acc) -> string(R, <<Acc/binary, C>>);
string(<<>>, _) -> throw(unterminated_string).

esc($n) -> $\n; esc($t) -> $\t; esc($r) -> $\r; esc($b) -> $\b; esc($f) -> $\f; esc(C) -> C.

number(B) ->
    {Text, Rest} = take_num(B, <<>>),
    V = case binary:match(Text, [<<".">>, <<"e">>, <<"E">>]) of
            nomatch -> binary_to_integer(Text);
            _ -> float_of(Text)
        end,
    {V, Rest}.

float_of(T) ->
    T1 = case binary:match(T, <<".">>) of nomatch -> binary:replace(T, [<<"e">>, <<"E">>], <<".0e">>); _ -> T end,
    binary_to_float(T1).

take_num(<<C, R/binary>>, Acc) when C >= $0, C =< $9; C =:= $-; C =:= $+; C =:= $.; C =:= $e; C =:= $E -> take_num(R, <<Acc/binary, C>>);
take_num(R, Acc) -> {Acc, R}.

encode(M) when is_map(M) ->
    iolist_to_binary([${, lists:join($,, [[encode(K), $:, encode(V)] || {K, V} <- lists:sort(maps:to_list(M))]), $}]);
encode(L) when is_list(L) -> iolist_to_binary([$[, lists:join($,, [encode(X) || X <- L]), $]]);
encode(B) when is_binary(B) -> iolist_to_binary([$", [esc_out(C) || <<C/utf8>> <= B], $"]);
encode(true) -> <<"true">>; encode(false) -> <<"false">>; encode(null) -> <<"null">>;
encode(I) when is_integer(I) -> integer_to_binary(I);
encode(F) when is_float(F) -> float_to_binary(F, [short]).

esc_out($") -> <<"\\\"">>; esc_out($\\) -> <<"\\\\">>; esc_out($\n) -> <<"\\n">>;
esc_out(C) when C < 16#20 -> io_lib_free_hex(C);
esc_out(C) -> <<C/utf8>>.

io_lib_free_hex(C) -> <<"\\u", (list_to_binary(string_pad(integer_to_list(C, 16))))/binary>>.
string_pad(S) -> lists:duplicate(4 - length(S), $0) ++ S.
