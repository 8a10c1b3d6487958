-module(otp_re).
-export([start/0]).

%% The re module: run/2,3 over many patterns, subjects and options (captures of every type,
%% global, multiline, caseless in byte and UTF-8 mode, lookaround, backreferences, named
%% groups, empty matches), compile errors, and OTP's replace/split on top of run. The
%% thousands of run results are shown as their count and an MD5 of their external form, with
%% a readable sample (one option set).

-define(T(E), (fun() -> try E catch Cx_:Ex_ -> {Cx_, Ex_} end end)()).

pats() ->
    ["a", "a+", "a*b", "^ab", "b$", "a|b|c", "(a)(b)?", "(a|ab)(c|bcd)(d*)", "[a-c]+", "[^a-c]+",
     "\\d+", "\\w+", "\\s+", "\\bfoo\\b", "(?i)abc", "a.*?c", "(\\d+)-(\\d+)",
     "(?<year>\\d{4})-(?<mon>\\d\\d)", "x{2,3}", "(ab)+", "(a*)*", "a(?=b)", "a(?!b)", "(?<=a)b",
     "(?<!a)b", "(?>a+)b", "a++b", "(a)\\1", "(?i)(a)\\1", "^$", "", "[[:alpha:]]+",
     "(?m)^b", "(?s)a.b", "(?x) a b # c", "[\\w-]+@[\\w.]+",
     "^(([a-z][a-z0-9\\+\\-\\.]*):)?(//([^/?#]*))?([^?#]*)(\\?([^#]*))?(#(.*))?", "(a)|(b)",
     "a{,3}", "\\Qa.b\\E", "(?U)a+", "(?i:A)b", "é", "(a+?)(b*?)", "(\\w+)\\s+\\1", "(?<=ab|cd)x",
     "(?<!\\d)\\d{2}(?!\\d)", "((a)|(b))+", "\\s*,\\s*", "(?J)(?<n>a)|(?<n>b)", "\\x{263a}",
     "[\\x{100}-\\x{200}]+", "(?P<x>a)(?P=x)", "a\\Kb", "(?|(a)|(b))", "\\Ba\\B", "\\r\\n"].

subjects() ->
    ["abc", "aaab", "ab\nb", "", "2024-01-15 and 1999-12-31", "foo bar foobar", "ABC abc",
     "user@example.com", "https://user@example.com:8443/a/b?x=1&y=two#frag", "é ü ñ",
     <<"hello hello world">>, <<"line1\nline2\r\nline3">>, <<"STRASSE straße"/utf8>>,
     <<"ĀĄ☺ abx cdx"/utf8>>, [97, 256, 98]].

opts() ->
    [[], [global, {capture, all, binary}], [{capture, all_but_first, list}], [caseless, unicode],
     [multiline, global], [{newline, anycrlf}, dotall], [{capture, all_names, index}],
     [notempty, global, {capture, first, list}], [report_errors]].

start() ->
    Runs = [{P, S, O, ?T(re:run(S, P, O))} || P <- pats(), S <- subjects(), O <- opts()],
    Errors = [{P, re:compile(P)} || P <- ["(", ")", "[a", "a{3,2}", "*a", "a**", "(?<=a+)b", "\\",
                                           "\\k<x>", "[[:foo:]]", "(a)\\2", "x{99999}", "[z-a]",
                                           "(?z)"]],
    Repl = [?T(re:replace(S, P, R, O))
            || S <- ["a-b-c", <<"aXbXc">>, "", "abc"], P <- ["-", "X", "(b)", "", "^"],
               R <- ["_", "[&]", "\\1!"], O <- [[], [global, {return, list}]]],
    Split = [?T(re:split(S, P, O))
             || S <- ["a,b,,c,", <<"a1b22c333">>, "", "abc"], P <- [",", "\\d+", "", "(\\d)"],
                O <- [[], [{return, list}], [trim], [{parts, 2}], [group]]],
    {ok, Mp} = re:compile("(?<x>a)(?<y>b)", [caseless]),
    Compiled = [re:run("xAB", Mp, [{capture, [x, "y", 0], list}]), re:inspect(Mp, namelist),
                re:run("abab", Mp, [global]), ?T(re:run("ab", Mp, [caseless]))],
    Bad = [?T(re:run(S, P, O)) || {S, P, O} <- [{a, "a", []}, {"a", a, []}, {"a", "a", [bogus]},
                                               {"a", "a", [{capture, bogus}]}, {"a", "(", []},
                                               {"a", "(", [report_errors]},
                                               {"a", "a", [{offset, -1}]},
                                               {<<255>>, "a", [unicode]}]],
    Sample = [R || {_, S, O, _} = R <- Runs, O =:= [], is_list(S), length(S) < 12],
    {{length(Runs), erlang:md5(term_to_binary(Runs))}, Sample, Errors, Repl, Split, Compiled, Bad}.
