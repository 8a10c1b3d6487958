-module(binaries_module_more).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% More of the binary module: compiled patterns (binary:compile_pattern is opaque, so only
%% its use is checked), split/replace with scope, overlapping and empty results, and the
%% conversion functions with bad arguments.

start() ->
    Subject = id(<<"a,b;;c,,d;e">>),
    Pat = binary:compile_pattern([<<",">>, <<";">>]),
    Uses = [binary:split(Subject, Pat, [global]), binary:matches(Subject, Pat), binary:match(Subject, Pat),
            binary:replace(Subject, Pat, <<"|">>, [global]), binary:split(Subject, Pat, [{scope, {2, 5}}]),
            binary:split(Subject, Pat, [global, {scope, {0, 4}}]), binary:split(<<",,,">>, Pat, [global, trim_all]),
            binary:split(<<"abc">>, <<"abc">>), binary:split(<<"abc">>, <<"abc">>, [global, trim])],
    Replace = [binary:replace(<<"aaa">>, <<"aa">>, <<"b">>, [global]), binary:replace(<<"abc">>, <<"b">>, <<"[x]">>,
                                                                                          [{insert_replaced, [1, 2]}]),
               binary:replace(<<"xyz">>, <<"q">>, <<"r">>)],
    Errs = [?T(binary:split(Subject, id(<<>>))), ?T(binary:split(id(notbin), <<",">>)), ?T(binary:compile_pattern(id([]))),
            ?T(binary:compile_pattern(id([<<"a">>, <<>>]))), ?T(binary:matches(Subject, <<",">>, [{scope, {0, 100}}])),
            ?T(binary:replace(Subject, <<",">>, id(notbin))), ?T(binary:at(id(<<>>), 0)), ?T(binary:part(Subject, {-1, 2})),
            ?T(binary:copy(Subject, id(-1))), ?T(binary:decode_unsigned(id(<<1:3>>))), ?T(binary:bin_to_list(Subject, {20, 1}))],
    Misc = [binary:bin_to_list(Subject, {2, 3}), binary:bin_to_list(Subject, 9, 2), binary:list_to_bin([[1, 2], <<3>>]),
            binary:longest_common_prefix([<<"abc">>, <<"abd">>, <<"ab">>]), binary:longest_common_suffix([<<"xyz">>, <<"yz">>]),
            binary:longest_common_prefix([<<>>, <<"a">>])],
    {Uses, Replace, Errs, Misc}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
