%% erl_parse:parse_term/1 on tokens from erl_scan: every kind of literal term (atoms, numbers
%% with unary minus and plus, characters, strings and their concatenation, lists, improper
%% lists, tuples, maps, binaries of literal segments with sizes and types, external funs);
%% expressions that are not terms give "bad term" at their first location; tokens that
%% cannot continue an expression give ["syntax error before: ", Token] at that token,
%% including the end of the tokens; parse_exprs/1 on the same tokens; format_error/1.
-module(scan_parse_term).
-export([start/0]).

terms() ->
    ["atom.", "none.", "{none, default, [undefined | more], eof}.", "{tuple, [1, 2, 3], \"string\"}.", "#{key => <<\"binary\">>}.", "42.", "-3.5.",
     "[a,\n b,\n c].", "'quoted atom'.", "$x.", "\"the end\".", "[].", "{}.", "<<>>.", "#{}.",
     "[[]|[]].", "+1.", "+1.5.", "+$a.", "- 16#ff.", "1.0e10.", "2#101.", "-(1).", "-$a.",
     "\"a\" \"b\".", "{a, b, [c | d]}.", "maybe.", "(1).", "[1|2].", "fun lists:map/2.",
     "fun erlang:'+'/2.", "<<1,2,3>>.", "<<\"abc\">>.", "<<1:1, 0:7>>.", "<<-1:16/little>>.",
     "<<1.5:32/float>>.", "<<<<1,2>>/binary, 3>>.", "<<<<1:1>>/bits>>.", "<<$a/utf8, 1000/utf8>>.",
     "<<1000/utf32-little>>.", "<<1:8/unit:2>>.", "<<1/big-big>>.", "<<\"abc\"/utf16>>.",
     "<<1:3>>.", "<<1:(2)>>.", "<<\"a\":16>>.", "<<1:16, \"ab\", 2.5/float, -1:8/signed-little>>.",
     "#{1 => 2, 3 => 4}.", "#{a => b, a => c}.", "#{a => #{b => [1,2]}}.",
     "{a, 'B', \"c\", $d, 1.0, -2, [x|y]}.", "[1,2|[3]].", "\"\\x{1F600}\".", "{ok, \"\\n\\t\\\\\"}.",
     "[$a, $\\n, $\\s].", "#{\"k\" => [1.5e-3]}.", "{1,{2,{3,{4}}}}.", "[[[[]]]].",
     "2#1111_0000.", "1_000_000.", "-0.0.", "'hello world'.", "'\\x{100}'.", "[16#10FFFF].",
     "a.%comment\n", "'a'.\n'b'.", "true.", "a@b.", "'A'.", "{'_', '$1'}.", "12345678901234567890."].

non_terms() ->
    ["1 + 2.", "catch 1.", "1, 2.", "<<X>>.", "fun map/2.", "#{a := 1}.", "X#{}.", "+a.",
     "- - 1.", "<<(1+1)>>.", "<<1/foo>>.", "-fun a:b/1.", "X = 1 = 2.", "a ! b ! c.", "1 - 2 - 3.",
     "[1 || X <- Y].", "<<X || X <- Y>>.", "begin 1 end.", "case X of 1 -> 2 end.",
     "try 1 catch _ -> 2 end.", "receive after 1 -> 2 end.", "if true -> 1 end.",
     "fun(X) -> X end.", "fun F(X) -> F end.", "X#r.f.", "#r{a=1}.", "#r.f.", "catch 1 + 2 = 3.",
     "- catch 1.", "1 + catch 2.", "f(1) + 2.", "m:f(1).", "-m:f.", "{1,2}#{}.", "fun M:F/A.",
     "not 1.", "bnot 2.", "1 andalso 2 orelse 3.", "<<1/unit:8>>.", "<<1:2/x-y-z:3>>.",
     "<<1:8/utf8>>.", "<<1/integer-float>>.", "<<<<1:1>>/binary>>.", "<<1/utf8-unit:8>>.",
     "X.", "_.", "A = [1].", "[1,\n 2 +\n 3].", "{a,\n\n b}\n+ 1.", "a, b,\n c.",
     "\n\n[X].", "#{a => 1}#{a := 2}.", "fun a:b/1 + 1.", "(1 + 2).", "-(-(1)).", "- (1 + 2).",
     "1; g() -> 2.", "1 ; f(X) when X -> 2.", "1; g() -> 2 ) .", "fun (X) -> 1; (X, Y) -> 2 end ).",
     "receive X when X > 0 -> X after infinity -> ok end.", "fun () -> ok; (X) -> no end."].

syntax_errors() ->
    ["this is ( not valid.", "1. 2.", "[1,2", "X#{a=>1}#r.f.", "X#r.f#{a=>1}.", "1 < 2 < 3.",
     "a:b:c.", "f(1)(2).", "a ?= b.", "f() -> 1.", "[1,2,3", "}.", "", "1; 2.", "1; f() -> 2 ).",
     "[1 )", "[1, 2 | 3 , 4].", "#{a => 1 )", "1 == 2 == 3.", "fun f/a.", "a.b.", "a#{b}.",
     "<<a:b:c>>.", "[a|b|c].", "{a,}.", "(a,b).", "#{a => 1, }.", "begin end.", "if end.",
     "case of.", "#r{a}.", "#r{1 = 2}.", "#r.", "X#.", "#1.", "fun(catch X) -> ok end.",
     "fun(a:b) -> ok end.", "fun([X || Y]) -> ok end.", "fun(X#{a := 1}) -> ok end.",
     "fun(#r{}#r{}) -> ok end.", "try 1 catch throw:X:1 -> 1 end.", "try 1 end.", "1 : 2.",
     "[1]#r.f.", "<<>>#{}.", "X = .", "[1,,2].", "{a b}.", "#{a => 1 b => 2}.", "a", "1 2.",
     "$a $b.", "1.5 e.", "\"a\" b.", "f(,).", "((a).", "[1 | 2 | 3].", "[| 2].", "[1 | ].",
     "<<1, >>.", "<<,1>>.", "<<1:>>.", "<<1/>>.", "<<1/a->>.", "<<1/a:b>>.", "<<1/a:1:2>>.",
     "<<1:1:1>>.", "<< -X || X <- [1] >>.", "[X || (<<X>>) <= B].", "x = 1. y.", "a.b.c.",
     "1 +\n\n .", "{a,\n b\n c}.", "[\n", "'end' end.", "X = 'x' 'y'.", "<<\"a\" \"b\" 'c'>>."].

start() ->
    Parsed = [{S, parse(S, 1)} || S <- terms() ++ non_terms() ++ syntax_errors()],
    WithColumns = [parse(S, {2, 3}) || S <- non_terms() ++ syntax_errors()],
    WithText = [parse_text(S) || S <- ["1 + 2.", "{a b}.", "[1,2", "a.b.", "\"s\" 1.", "X#."]],
    Exprs = [exprs(S) || S <- ["1 + 2.", "f(X), Y = 2.", "case X of {a, _} when X > 1; true -> ok end.",
                              "fun(X) -> X end.", "try a of b -> c catch d:e:f when g -> h; i -> j after k end.",
                              "[X || X <- L, X > 1].", "<< <<X>> || <<X:4>> <= B >>.", "#r{a = 1}#r.a.",
                              "X#{a := 1, b => 2}.", "receive A -> A after 0 -> none end.",
                              "fun m:f/1, fun f/2, fun M:F/A.", "begin a, b end.", "if X -> 1 end.",
                              "catch throw(x).", "- - X.", "a:b(c)."]],
    Messages = [erl_parse:format_error(M)
                || M <- ["bad term", ["syntax error before: ", "'.'"], {unknown, 1}]],
    {Parsed, WithColumns, WithText, Exprs, Messages}.

parse(S, Location) ->
    {ok, Tokens, _} = erl_scan:string(S, Location),
    try erl_parse:parse_term(Tokens)
    catch Class:Reason -> {Class, Reason}
    end.

parse_text(S) ->
    {ok, Tokens, _} = erl_scan:string(S, 1, [text]),
    erl_parse:parse_term(Tokens).

exprs(S) ->
    {ok, Tokens, _} = erl_scan:string(S, {1, 1}),
    erl_parse:parse_exprs(Tokens).
