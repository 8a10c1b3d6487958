-module(otp_uri_filename).
-export([start/0]).

%% uri_string (parse, recompose, normalize, resolve, query strings, percent-encoding) and the
%% pure functions of filename (join, split, basename, dirname, extension, rootname). No
%% function that looks at the current directory or the file system.

start() ->
    Uris = ["https://user:pw@example.com:8080/a/b/../c?q=1&r=x%20y#frag", "mailto:someone@example.org", "/relative/path?x",
            <<"http://[::1]:80/">>, "foo://ex%41mple.com/%7euser", "urn:isbn:0451450523", ""],
    Parsed = [uri_string:parse(U) || U <- Uris],
    Recomposed = [uri_string:recompose(P) || P <- Parsed, is_map(P)],
    Normalized = [uri_string:normalize(U) || U <- ["HTTP://Example.COM:80/a/./b/../c", "https://example.com:443/%7Efoo"]],
    Resolved = [uri_string:resolve(R, "http://a/b/c/d;p?q") || R <- ["g", "./g", "../g", "../../g", "/g", "?y", "#s", "g?y#s"]],
    Query = [uri_string:dissect_query("a=1&b=two%20words&c"), uri_string:compose_query([{"k", "v w"}, {"x", true}]),
             uri_string:compose_query([{"a", "1"}], [{encoding, latin1}])],
    Files = [filename:join(["a", "b", "c.erl"]), filename:join("/usr", "lib"), filename:join(["/a", "/b"]),
             filename:split("/usr/local/lib/x.beam"), filename:basename("/a/b/c.erl"), filename:basename("c.erl", ".erl"),
             filename:dirname("/a/b/c.erl"), filename:dirname("c.erl"), filename:extension("x.tar.gz"), filename:extension("noext"),
             filename:rootname("/a/b.c/d.e"), filename:rootname("f.erl", ".erl"), filename:join(<<"bin">>, "mixed"),
             filename:pathtype("/abs"), filename:pathtype("rel/x"), filename:flatten(["a", [$b | "c"], 'd']),
             filename:nativename("/a/b")],
    {Parsed, Recomposed, Normalized, Resolved, Query, Files}.
