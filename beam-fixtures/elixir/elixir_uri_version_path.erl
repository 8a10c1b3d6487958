-module(elixir_uri_version_path).
-export([start/0]).

%% Elixir's URI (parse, encode/decode, query strings), Version (parse, compare, match
%% requirements) and the pure functions of Path (join, split, basename, extname, rootname).

start() ->
    U = 'Elixir.URI',
    V = 'Elixir.Version',
    P = 'Elixir.Path',
    Uri = U:parse(<<"https://user@example.com:8443/a/b?x=1&y=two#frag">>),
    Uris = [maps:get(host, Uri), maps:get(port, Uri), maps:get(path, Uri), maps:get(query, Uri),
            U:encode(<<"a b&c/é"/utf8>>), U:decode(<<"a%20b%26c">>), U:encode_www_form(<<"a b+c">>),
            U:decode_query(<<"a=1&b=2&a=3">>), U:encode_query([{a, 1}, {b, <<"x y">>}]), 'Elixir.String.Chars':to_string(Uri)],
    Versions = [V:compare(<<"1.2.3">>, <<"1.10.0">>), V:compare(<<"1.0.0-rc.1">>, <<"1.0.0">>),
                V:'match?'(<<"1.4.2">>, <<"~> 1.4">>), V:'match?'(<<"2.0.0">>, <<"~> 1.4">>),
                V:'match?'(<<"1.2.3">>, <<">= 1.0.0 and < 2.0.0">>), V:parse(<<"1.2">>),
                maps:get(major, V:'parse!'(<<"3.14.159-beta+build">>))],
    Paths = [P:join([<<"a">>, <<"b">>, <<"c.ex">>]), P:join(<<"/usr">>, <<"lib">>), P:split(<<"/usr/local/lib">>),
             P:basename(<<"/a/b/c.ex">>), P:basename(<<"/a/b/c.ex">>, <<".ex">>), P:dirname(<<"/a/b/c.ex">>),
             P:extname(<<"x.tar.gz">>), P:rootname(<<"/a/b.c/d.e">>), P:type(<<"/abs">>), P:type(<<"rel">>)],
    {Uris, Versions, Paths}.
