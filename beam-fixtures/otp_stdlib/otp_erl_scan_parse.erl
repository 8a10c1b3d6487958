-module(otp_erl_scan_parse).
-export([start/0]).

%% erl_scan and erl_parse on real Erlang text: token lists with locations, reserved words,
%% numbers in every notation, strings with escapes, scan errors; parsing expressions and
%% forms to abstract syntax, parse errors, and erl_parse:abstract/normalise round trips.

start() ->
    Texts = ["X = 1 + 2 * 3.", "foo(Bar, <<1:8, \"s\">>) -> {ok, [Bar | T]}.", "case X of {a, 1} when X > 0 -> ok end.",
             "16#FF + 2#101 + 1.5e3 + $a + $\\n.", "\"str\\tx\" ++ 'quoted atom'.", "fun(X) -> X end.",
             "#{a => 1, b := 2}.", "A = #rec{f = 1}.", "try x catch _:_ -> y after z end.", "1_000 + 16#ab_cd."],
    Scanned = [erl_scan:string(T) || T <- Texts],
    WithCols = erl_scan:string("f(X) ->\n  X.", {1, 1}),
    ScanErr = [erl_scan:string(T) || T <- ["\"unterminated", "1.0e", "$", "'a", "16#"]],
    Exprs = [begin {ok, Ts, _} = erl_scan:string(T), erl_parse:parse_exprs(Ts) end
             || T <- ["X = 1 + 2 * 3.", "[X || X <- L, X > 1].", "<<A:8/integer, B/binary>> = Bin.", "#{k => v}.",
                      "begin a, b end.", "fun lists:map/2.", "(1).", "- - 1."]],
    Forms = [begin {ok, Ts, _} = erl_scan:string(T), erl_parse:parse_form(Ts) end
             || T <- ["-module(m).", "-export([f/1]).", "f(X) when X > 0 -> X; f(_) -> 0.", "-record(r, {a = 1, b}).",
                      "-spec f(integer()) -> integer().", "-type t() :: {atom(), [integer()]}."]],
    ParseErr = [begin {ok, Ts, _} = erl_scan:string(T), erl_parse:parse_exprs(Ts) end || T <- ["1 + .", "f(.", "X = ."]],
    Abstract = [erl_parse:abstract(T) || T <- [1, -1, 1.5, a, "str", [1, a], {x, y}, <<1, 2>>, #{k => v}, [a | b]]],
    Normal = [erl_parse:normalise(erl_parse:abstract(T)) || T <- [{[1, 2], <<"b">>, #{a => [x]}}, -5]],
    Tokens = erl_scan:string("a", 1, [text]),
    Reserved = [erl_scan:reserved_word(W) || W <- ['case', 'of', 'maybe', 'else', foo, 'andalso', 'query']],
    {Scanned, WithCols, ScanErr, Exprs, Forms, ParseErr, Abstract, Normal, Tokens, Reserved}.
