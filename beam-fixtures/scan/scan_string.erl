%% erl_scan:string/1,2,3: every kind of token (atoms, quoted atoms and their escapes, variables,
%% integers in bases 2..36 with underscores, floats with exponents, characters and their
%% escapes, strings, operators and punctuation, reserved words, dots, comments, white space),
%% locations as lines and {Line, Column}, the text option, and the error tuples
%% {error, {Location, erl_scan, Reason}, EndLocation} with format_error/1 of each reason.
-module(scan_string).
-export([start/0]).

inputs() ->
    ["", "a", "a.", "a. b", "none default undefined more eof error ok", "foo(X, _Y) -> X + 1.",
     "'quo\\'ted' \"str\\n\\t\\x{41}\\101\\^a\"",
     "$a $\\n $\\^a $\\x41 $\\x{1F600} $\\101 $\\s $ ",
     "16#ff 2#1010 36#zz 1_000 16#f_f 1_ 1__0 0.5 1.0e10 1.5E-3 1_0.0_1e1_0",
     "1.e3", "1.0e", "1.0e+", "37#1", "1#0", "2#", "2#2", "x.y", "a.%c\nb", "..", "...", "a..b",
     "<<>> <= <- >= >> -> -- ++ =:= =/= =< => == /= || := :: ? ?= ! @ \\ ^ ` ~ & # / * + - < > = | : ;",
     "\"unterminated", "'unterminated", "$", "$\\", "\"a\\x{110000}\"", "\"ab\\xg\"",
     "after begin case end of when fun maybe else try catch receive if let cond",
     "bnot not div rem band and bor bxor bsl bsr or xor andalso orelse",
     "A_b@c _ _X \x{c4} \x{e4} \x{d7} \x{f7} \x{a1} \x{a3}", "\x{100}", "a\x{100}",
     "% comment\n a % more", "\"multi\nline\" x", "a\n\n  b.\n c", "1.5.", "\"\\\n\"", "$\\\n",
     "12345678901234567890123", "f(\"" ++ lists:duplicate(20, $x),
     "'" ++ lists:duplicate(300, $a) ++ "'", lists:duplicate(300, $a), "X = {a, [1,2|T]}.\n",
     "0.1e-400", "1e5", "1.0e400", "a\tb\rc\fd", "\x{a0}x\x{80}y", "\"\\e\\d\\z\\v\\b\"", "$\\x{}",
     "'a\\x{ }'", "\"abc\\", "a\r\nb", "#{a => 1}#r.f", "[H|T]", "0x10", "3.14#", "1#", "00#1",
     "2#1_", "2#_1", [$", 16#D800, $"], [$$, 16#D800], "\"\\x{D800}\"", "'\\x{100}'",
     "$\\^\n", "\"\\^\"", "%% only a comment", "a%" ++ [16#D800] ++ "\n", "16#FfFf 8#777 10#99",
     "3#12_0_1 36#Z_Z", "1_2.3_4e5_6", "1.2e_3", "$\\777 $\\7 $\\18", "'\\''", "\"\\\"\""].

start() ->
    Plain = [scan(S, 1, []) || S <- inputs()],
    Columns = [scan(S, {3, 5}, []) || S <- inputs()],
    Options = [[text], [return], [return_comments], [return_white_spaces],
               [{reserved_word_fun, fun(W) -> W =:= foo end}]],
    WithOptions = [scan(S, L, O) || S <- ["a %c\n  b.\t\n \"x\" $y", "foo(Bar) -> 1.5.",
                                          "  \n\n\t\t x\f\r\n  ", "'t' \"s\" 1#0"],
                                    L <- [1, {1, 1}], O <- Options],
    Defaults = [erl_scan:string("a + 1."), erl_scan:string("a\n+\n1.", 7)],
    Errors = lists:usort([Reason || {error, {_, erl_scan, Reason}, _} <- Plain]),
    Messages = [{R, erl_scan:format_error(R)} || R <- Errors],
    Reserved = [{W, erl_scan:reserved_word(W)} || W <- ['case', 'maybe', 'else', foo, 'xor']],
    {ok, Toks, _} = erl_scan:string("a 'b' \"c\" 1 $d 2.5 X -> .", {1, 1}, [text]),
    Access = [{erl_scan:category(T), erl_scan:symbol(T), erl_scan:line(T), erl_scan:column(T),
               erl_scan:location(T), erl_scan:text(T)} || T <- Toks],
    {Plain, Columns, WithOptions, Defaults, Messages, Reserved, Access}.

scan(S, Location, Options) ->
    try erl_scan:string(S, Location, Options)
    catch Class:Reason -> {Class, Reason}
    end.
