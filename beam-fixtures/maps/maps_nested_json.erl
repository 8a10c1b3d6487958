-module(maps_nested_json).
-export([start/0]).

%% A JSON-like document as nested maps and lists: building it, path lookups and updates,
%% a deep merge, flattening to key paths, and a hand-written encoder to a binary.

start() ->
    Doc = #{<<"name">> => <<"beam">>, <<"version">> => 25, <<"tags">> => [<<"vm">>, <<"erlang">>],
            <<"owner">> => #{<<"login">> => <<"otp">>, <<"id">> => 1, <<"flags">> => #{<<"admin">> => true}},
            <<"ratio">> => 0.75, <<"none">> => null},
    Get = [get_path(P, Doc) || P <- [[<<"name">>], [<<"owner">>, <<"login">>], [<<"owner">>, <<"flags">>, <<"admin">>],
                                     [<<"missing">>], [<<"owner">>, <<"nothing">>]]],
    Put = put_path([<<"owner">>, <<"flags">>, <<"beta">>], false, Doc),
    Merged = deep_merge(Doc, #{<<"owner">> => #{<<"id">> => 2, <<"extra">> => [1, 2]}, <<"version">> => 26}),
    Paths = lists:sort(flatten(Merged, [])),
    Json = encode(Merged),
    {Get, maps:get(<<"owner">>, Put), Paths, Json}.

get_path([], V) -> {ok, V};
get_path([K | Ks], #{} = M) -> case maps:find(K, M) of {ok, V} -> get_path(Ks, V); error -> not_found end;
get_path(_, _) -> not_found.

put_path([K], V, M) -> M#{K => V};
put_path([K | Ks], V, M) -> M#{K => put_path(Ks, V, maps:get(K, M, #{}))}.

deep_merge(A, B) ->
    maps:fold(fun(K, VB, Acc) ->
                      case Acc of
                          #{K := VA} when is_map(VA), is_map(VB) -> Acc#{K := deep_merge(VA, VB)};
                          _ -> Acc#{K => VB}
                      end
              end, A, B).

flatten(M, Prefix) when is_map(M) ->
    lists:append([flatten(V, Prefix ++ [K]) || {K, V} <- maps:to_list(M)]);
flatten(V, Prefix) -> [{Prefix, V}].

encode(M) when is_map(M) ->
    Pairs = [[encode(K), $:, encode(V)] || {K, V} <- lists:sort(maps:to_list(M))],
    iolist_to_binary([${, lists:join($,, Pairs), $}]);
encode(L) when is_list(L) -> iolist_to_binary([$[, lists:join($,, [encode(X) || X <- L]), $]]);
encode(B) when is_binary(B) -> <<$", B/binary, $">>;
encode(true) -> <<"true">>;
encode(false) -> <<"false">>;
encode(null) -> <<"null">>;
encode(I) when is_integer(I) -> integer_to_binary(I);
encode(F) when is_float(F) -> float_to_binary(F, [short]).
