%% otp-lite: the `io_lib` module, API-compatible with OTP 25 (formatting and writing;
%% OTP's io_lib_format lives here too, ~p/~P and print go to io_lib_pretty).
%%
%% Not covered (see otp-lite/README.md): fread, scan_format / unscan_format / build_text,
%% collect_* / get_until (server-side helpers), limit_term.
-module(io_lib).

-export([fwrite/2, fwrite/3, format/2, format/3]).
-export([print/1, print/4, indentation/2]).
-export([write/1, write/2, write/3, nl/0, format_prompt/1, format_prompt/2]).
-export([write_binary/3]).
-export([write_atom/1, write_string/1, write_string/2, write_latin1_string/1,
         write_latin1_string/2, write_char/1, write_latin1_char/1]).
-export([write_atom_as_latin1/1, write_string_as_latin1/1, write_string_as_latin1/2,
         write_char_as_latin1/1]).
-export([quote_atom/2, char_list/1, latin1_char_list/1, deep_char_list/1,
         deep_latin1_char_list/1, printable_list/1, printable_latin1_list/1,
         printable_unicode_list/1]).
-export([write_unicode_string/1, write_unicode_char/1, deep_unicode_char_list/1]).
-export([chars_length/1]).

-export_type([chars/0, latin1_string/0]).

-type chars() :: [char() | chars()].
-type latin1_string() :: [unicode:latin1_char()].

%%% format

fwrite(Format, Args) -> format(Format, Args).

fwrite(Format, Args, Options) -> format(Format, Args, Options).

format(Format, Args) ->
    try build(scan(Format, Args), -1)
    catch _:_ -> erlang:error(badarg, [Format, Args])
    end.

format(Format, Args, Options) ->
    try build(scan(Format, Args), option(chars_limit, Options, -1))
    catch _:_ -> erlang:error(badarg, [Format, Args])
    end.

%% A directive after scanning.
-record(spec, {char, args, width, adjust, precision, pad, encoding, strings}).

scan(Format, Args) when is_atom(Format) -> collect(atom_to_list(Format), Args);
scan(Format, Args) when is_binary(Format) -> collect(binary_to_list(Format), Args);
scan(Format, Args) -> collect(Format, Args).

collect([$~ | Fmt0], Args0) ->
    {Spec, Fmt, Args} = directive(Fmt0, Args0),
    [Spec | collect(Fmt, Args)];
collect([C | Fmt], Args) -> [C | collect(Fmt, Args)];
collect([], []) -> [].

directive(Fmt0, Args0) ->
    {Width, Adjust, Fmt1, Args1} = field_width(Fmt0, Args0),
    {Precision, Fmt2, Args2} = precision(Fmt1, Args1),
    {Pad, Fmt3, Args3} = pad_char(Fmt2, Args2),
    {Enc, Strings, Fmt4} = modifiers(Fmt3, latin1, true),
    {C, As, Fmt5, Args4} = control(Fmt4, Args3),
    {#spec{char = C, args = As, width = Width, adjust = Adjust, precision = Precision,
           pad = Pad, encoding = Enc, strings = Strings}, Fmt5, Args4}.

modifiers([$t | Fmt], _Enc, Str) -> modifiers(Fmt, unicode, Str);
modifiers([$l | Fmt], Enc, _Str) -> modifiers(Fmt, Enc, false);
modifiers(Fmt, Enc, Str) -> {Enc, Str, Fmt}.

field_width([$- | Fmt0], Args0) ->
    {F, Fmt, Args} = field_value(Fmt0, Args0),
    field_width(-F, Fmt, Args);
field_width(Fmt0, Args0) ->
    {F, Fmt, Args} = field_value(Fmt0, Args0),
    field_width(F, Fmt, Args).

field_width(F, Fmt, Args) when F < 0 -> {-F, left, Fmt, Args};
field_width(F, Fmt, Args) when F >= 0 -> {F, right, Fmt, Args}.

precision([$. | Fmt], Args) -> field_value(Fmt, Args);
precision(Fmt, Args) -> {none, Fmt, Args}.

field_value([$* | Fmt], [A | Args]) when is_integer(A) -> {A, Fmt, Args};
field_value([C | _] = Fmt, Args) when is_integer(C), C >= $0, C =< $9 -> digits(Fmt, Args, 0);
field_value(Fmt, Args) -> {none, Fmt, Args}.

digits([C | Fmt], Args, N) when is_integer(C), C >= $0, C =< $9 -> digits(Fmt, Args, 10 * N + C - $0);
digits(Fmt, Args, N) -> {N, Fmt, Args}.

pad_char([$., $* | Fmt], [Pad | Args]) -> {Pad, Fmt, Args};
pad_char([$., Pad | Fmt], Args) -> {Pad, Fmt, Args};
pad_char(Fmt, Args) -> {$\s, Fmt, Args}.

control([$w | Fmt], [A | Args]) -> {$w, [A], Fmt, Args};
control([$p | Fmt], [A | Args]) -> {$p, [A], Fmt, Args};
control([$W | Fmt], [A, Depth | Args]) -> {$W, [A, Depth], Fmt, Args};
control([$P | Fmt], [A, Depth | Args]) -> {$P, [A, Depth], Fmt, Args};
control([$s | Fmt], [A | Args]) -> {$s, [A], Fmt, Args};
control([$e | Fmt], [A | Args]) -> {$e, [A], Fmt, Args};
control([$f | Fmt], [A | Args]) -> {$f, [A], Fmt, Args};
control([$g | Fmt], [A | Args]) -> {$g, [A], Fmt, Args};
control([$b | Fmt], [A | Args]) -> {$b, [A], Fmt, Args};
control([$B | Fmt], [A | Args]) -> {$B, [A], Fmt, Args};
control([$x | Fmt], [A, Prefix | Args]) -> {$x, [A, Prefix], Fmt, Args};
control([$X | Fmt], [A, Prefix | Args]) -> {$X, [A, Prefix], Fmt, Args};
control([$+ | Fmt], [A | Args]) -> {$+, [A], Fmt, Args};
control([$# | Fmt], [A | Args]) -> {$#, [A], Fmt, Args};
control([$c | Fmt], [A | Args]) -> {$c, [A], Fmt, Args};
control([$~ | Fmt], Args) when is_list(Args) -> {$~, [], Fmt, Args};
control([$n | Fmt], Args) when is_list(Args) -> {$n, [], Fmt, Args};
control([$i | Fmt], [A | Args]) -> {$i, [A], Fmt, Args}.

%% Directives whose output does not depend on the column or the chars_limit are expanded
%% first. The others (~p ~P ~w ~W ~s) then share what the chars_limit leaves after the
%% plain text: each gets the remaining budget divided by the number of them still to come.
%% The column is tracked for ~p/~P.
build(Cs, CharsLimit) ->
    Expanded = expand_simple(Cs),
    case count_limited(Expanded, 0, 0, 0) of
        {_Prints, 0, _Plain} -> Expanded;
        {Prints, Limited, Plain} ->
            expand_rest(Expanded, Prints, Limited, limit_sub(CharsLimit, Plain), 0)
    end.

expand_simple([#spec{} = S | Cs]) ->
    case simple(S) of
        not_simple -> [S | expand_simple(Cs)];
        Chars -> lists:flatten(Chars) ++ expand_simple(Cs)
    end;
expand_simple([C | Cs]) -> [C | expand_simple(Cs)];
expand_simple([]) -> [].

%% {~p/~P count, count of all limited directives, plain characters}.
count_limited([#spec{char = C} | Cs], Prints, Limited, Plain) when C =:= $p; C =:= $P ->
    count_limited(Cs, Prints + 1, Limited + 1, Plain);
count_limited([#spec{} | Cs], Prints, Limited, Plain) ->
    count_limited(Cs, Prints, Limited + 1, Plain);
count_limited([_ | Cs], Prints, Limited, Plain) ->
    count_limited(Cs, Prints, Limited, Plain + 1);
count_limited([], Prints, Limited, Plain) -> {Prints, Limited, Plain}.

expand_rest([#spec{char = C} = S | Cs], Prints0, Limited, Budget, Col) ->
    Share = if Budget < 0 -> Budget;
               true -> Budget div Limited
            end,
    Out = other(S, Share, Col),
    Prints = case C of
                 $p -> Prints0 - 1;
                 $P -> Prints0 - 1;
                 _ -> Prints0
             end,
    Budget1 = if Budget < 0 -> Budget;
                 true -> limit_sub(Budget, chars_length(Out))
              end,
    Col1 = if Prints > 0 -> indentation(Out, Col);
              true -> Col
           end,
    [Out | expand_rest(Cs, Prints, Limited - 1, Budget1, Col1)];
expand_rest([$\n | Cs], Prints, Limited, Budget, _Col) ->
    [$\n | expand_rest(Cs, Prints, Limited, Budget, 0)];
expand_rest([$\t | Cs], Prints, Limited, Budget, Col) ->
    [$\t | expand_rest(Cs, Prints, Limited, Budget, ((Col + 8) div 8) * 8)];
expand_rest([C | Cs], Prints, Limited, Budget, Col) ->
    [C | expand_rest(Cs, Prints, Limited, Budget, Col + 1)];
expand_rest([], _, _, _, _) -> [].

indentation([$\n | Cs], _I) -> indentation(Cs, 0);
indentation([$\t | Cs], I) -> indentation(Cs, ((I + 8) div 8) * 8);
indentation([C | Cs], I) when is_integer(C) -> indentation(Cs, I + 1);
indentation([C | Cs], I) -> indentation(Cs, indentation(C, I));
indentation([], I) -> I.

simple(#spec{char = $s, args = [A], width = F, adjust = Adj, precision = P, pad = Pad,
             encoding = latin1}) when is_atom(A) ->
    string(latin1_chars(atom_to_list(A)), F, Adj, P, Pad, latin1);
simple(#spec{char = $s, args = [A], width = F, adjust = Adj, precision = P, pad = Pad,
             encoding = unicode}) when is_atom(A) ->
    string(atom_to_list(A), F, Adj, P, Pad, unicode);
simple(#spec{char = $e, args = [A], width = F, adjust = Adj, precision = P, pad = Pad})
  when is_float(A) ->
    fwrite_e(A, F, Adj, P, Pad);
simple(#spec{char = $f, args = [A], width = F, adjust = Adj, precision = P, pad = Pad})
  when is_float(A) ->
    fwrite_f(A, F, Adj, P, Pad);
simple(#spec{char = $g, args = [A], width = F, adjust = Adj, precision = P, pad = Pad})
  when is_float(A) ->
    fwrite_g(A, F, Adj, P, Pad);
simple(#spec{char = $b, args = [A], width = F, adjust = Adj, precision = P, pad = Pad})
  when is_integer(A) ->
    integer(A, F, Adj, base(P), Pad, [], true);
simple(#spec{char = $B, args = [A], width = F, adjust = Adj, precision = P, pad = Pad})
  when is_integer(A) ->
    integer(A, F, Adj, base(P), Pad, [], false);
simple(#spec{char = C, args = [A, Prefix], width = F, adjust = Adj, precision = P, pad = Pad})
  when (C =:= $x orelse C =:= $X), is_integer(A) ->
    Pre = if is_atom(Prefix) -> atom_to_list(Prefix);
             true -> true = deep_char_list(Prefix), Prefix
          end,
    integer(A, F, Adj, base(P), Pad, Pre, C =:= $x);
simple(#spec{char = C, args = [A], width = F, adjust = Adj, precision = P, pad = Pad})
  when (C =:= $+ orelse C =:= $#), is_integer(A) ->
    Base = base(P),
    integer(A, F, Adj, Base, Pad, [integer_to_list(Base), $#], C =:= $+);
simple(#spec{char = $c, args = [A], width = F, adjust = Adj, precision = P, pad = Pad,
             encoding = unicode}) when is_integer(A) ->
    char(A, F, Adj, P, Pad);
simple(#spec{char = $c, args = [A], width = F, adjust = Adj, precision = P, pad = Pad})
  when is_integer(A) ->
    char(A band 255, F, Adj, P, Pad);
simple(#spec{char = $~, args = [], width = F, adjust = Adj, precision = P, pad = Pad}) ->
    char($~, F, Adj, P, Pad);
simple(#spec{char = $n, args = [], width = F, adjust = Adj}) ->
    newline(F, Adj);
simple(#spec{char = $i, args = [_]}) -> [];
simple(#spec{}) -> not_simple.

other(#spec{char = $p, args = [A]} = S, CL, Col) -> pretty(A, -1, S, CL, Col);
other(#spec{char = $P, args = [A, Depth]} = S, CL, Col) when is_integer(Depth) ->
    pretty(A, Depth, S, CL, Col);
other(#spec{char = $s, args = [L], width = F, adjust = Adj, precision = P, pad = Pad,
            encoding = latin1}, CL, _Col) ->
    string(limited_latin1_chars(L, F, CL), limit_field(F, CL), Adj, P, Pad, latin1);
other(#spec{char = $s, args = [L], width = F, adjust = Adj, precision = P, pad = Pad,
            encoding = unicode}, CL, _Col) ->
    string(limited_unicode_chars(L, F, CL), limit_field(F, CL), Adj, P, Pad, unicode);
other(#spec{char = $w, args = [A], width = F, adjust = Adj, precision = P, pad = Pad,
            encoding = Enc}, CL, _Col) ->
    term(write(A, [{depth, -1}, {encoding, Enc}, {chars_limit, CL}]), F, Adj, P, Pad);
other(#spec{char = $W, args = [A, Depth], width = F, adjust = Adj, precision = P, pad = Pad,
            encoding = Enc}, CL, _Col) when is_integer(Depth) ->
    term(write(A, [{depth, Depth}, {encoding, Enc}, {chars_limit, CL}]), F, Adj, P, Pad).

%% ~Np sets the line length (default 80), ~.Np the start column (default: where it is).
pretty(A, Depth, #spec{width = F0, adjust = right, precision = P0, encoding = Enc,
                       strings = Str}, CL, Col) ->
    LineLength = case F0 of none -> 80; _ -> F0 end,
    Column = case P0 of none -> Col + 1; _ -> P0 end,
    io_lib_pretty:print(A, [{chars_limit, CL}, {column, Column}, {line_length, LineLength},
                            {depth, Depth}, {encoding, Enc}, {strings, Str}]).

%% With a chars_limit, a field of at least 3 characters (room for "...").
limit_field(F, CL) when CL < 0; F =:= none -> F;
limit_field(F, CL) -> max(3, min(F, CL)).

base(none) -> 10;
base(B) when is_integer(B) -> B.

%% Output of width F: too long means F asterisks (when precision allows).
term(T, none, _Adj, none, _Pad) -> T;
term(T, none, Adj, P, Pad) -> term(T, P, Adj, P, Pad);
term(T, F, Adj, P0, Pad) ->
    L = chars_length(T),
    P = erlang:min(L, case P0 of none -> F; _ -> erlang:min(P0, F) end),
    if L > P -> adjust(chars($*, P), chars(Pad, F - P), Adj);
       F >= P -> adjust(T, chars(Pad, F - L), Adj)
    end.

string(S, none, _Adj, none, _Pad, _Enc) -> S;
string(S, F, Adj, none, Pad, Enc) -> string_field(S, F, Adj, chars_length(S), Pad, Enc);
string(S, none, _Adj, P, Pad, Enc) -> string_field(S, P, left, chars_length(S), Pad, Enc);
string(S, F, Adj, P, Pad, Enc) when F >= P ->
    N = chars_length(S),
    if F > P ->
            if N > P -> adjust(truncate(S, P, Enc), chars(Pad, F - P), Adj);
               N < P -> adjust([S | chars(Pad, P - N)], chars(Pad, F - P), Adj);
               true -> adjust(S, chars(Pad, F - P), Adj)
            end;
       true -> string_field(S, F, Adj, N, Pad, Enc)
    end.

string_field(S, F, _Adj, N, _Pad, Enc) when N > F -> truncate(S, F, Enc);
string_field(S, F, Adj, N, Pad, _Enc) when N < F -> adjust(S, chars(Pad, F - N), Adj);
string_field(S, _, _, _, _, _) -> S.

truncate(S, N, latin1) when is_integer(N), N >= 0 ->
    {Front, _} = lists:split(N, lists:flatten(S)),
    Front;
truncate(S, N, unicode) when is_integer(N), N >= 0 ->
    string:slice(S, 0, N).

integer(Int, F, Adj, Base, Pad, Prefix, Lowercase) when Base >= 2, Base =< 36 ->
    Digits = case_digits(erlang:integer_to_list(abs(Int), Base), Lowercase),
    Sign = if Int < 0 -> [$-]; true -> [] end,
    Text = case Prefix of
               [] -> Sign ++ Digits;
               _ -> [Sign, Prefix | Digits]
           end,
    term(Text, F, Adj, none, Pad).

case_digits(S, false) -> S;
case_digits(S, true) -> [if C >= $A, C =< $Z -> C - $A + $a; true -> C end || C <- S].

char(C, none, _Adj, none, _Pad) -> [C];
char(C, F, _Adj, none, _Pad) -> chars(C, F);
char(C, none, _Adj, P, _Pad) -> chars(C, P);
char(C, F, Adj, P, Pad) when F >= P -> adjust(chars(C, P), chars(Pad, F - P), Adj).

newline(none, _Adj) -> "\n";
newline(F, right) -> chars($\n, F).

adjust(Data, [], _) -> Data;
adjust(Data, Pad, left) -> [Data | Pad];
adjust(Data, Pad, right) -> [Pad | Data].

chars(_C, 0) -> [];
chars(C, N) when is_integer(N), N > 0 -> lists:duplicate(N, C).

%% ~s arguments: a latin1 iolist (chars 0..255 and binaries) or, with ~ts, chardata.
latin1_chars([C | Cs]) when is_integer(C), C >= 0, C =< 255 -> [C | latin1_chars(Cs)];
latin1_chars([I | Cs]) -> [latin1_chars(I) | latin1_chars(Cs)];
latin1_chars([]) -> [];
latin1_chars(B) when is_binary(B) -> binary_to_list(B).

unicode_chars([C | Cs]) when is_integer(C), C >= 0 -> [C | unicode_chars(Cs)];
unicode_chars([I | Cs]) -> [unicode_chars(I) | unicode_chars(Cs)];
unicode_chars([]) -> [];
unicode_chars(B) when is_binary(B) ->
    case catch unicode:characters_to_list(B) of
        L when is_list(L) -> L;
        _ -> binary_to_list(B)
    end.

%% The same under a chars_limit CL smaller than the field: at most CL - 3 characters, then
%% "..." when more were cut (a remainder of at most 3 characters is kept instead).
limited_latin1_chars(Cs, F, CL) when CL < 0; CL >= F -> latin1_chars(Cs);
limited_latin1_chars(Cs, _F, CL) -> cut_chars(latin1_chars(Cs), limit_sub(CL, 3)).

limited_unicode_chars(Cs, F, CL) when CL < 0; CL >= F -> unicode_chars(Cs);
limited_unicode_chars(Cs, _F, CL) -> cut_graphemes(repaired_chars(Cs), limit_sub(CL, 3)).

cut_chars(Cs, N) ->
    case lists:flatten(Cs) of
        Flat when length(Flat) =< N -> Flat;
        Flat ->
            {Head, Tail} = lists:split(N, Flat),
            Head ++ ellipsis(Tail, fun(Rest) -> length(Rest) end)
    end.

cut_graphemes(Cs, 0) -> ellipsis(Cs, fun string:length/1);
cut_graphemes(Cs, N) ->
    case string:next_grapheme(Cs) of
        [] -> [];
        [G | Rest] -> [G | cut_graphemes(Rest, N - 1)]
    end.

%% What replaces the text after the cut: itself when under 4 characters, else "...".
ellipsis(Rest, Length) ->
    case Length(Rest) < 4 of
        true -> Rest;
        false -> "..."
    end.

%% ~ts chardata as code points; bytes of a binary that are not UTF-8 stand for themselves.
repaired_chars([C | Cs]) when is_integer(C), C >= 0 -> [C | repaired_chars(Cs)];
repaired_chars([I | Cs]) -> repaired_chars(I) ++ repaired_chars(Cs);
repaired_chars([]) -> [];
repaired_chars(B) when is_binary(B) ->
    case unicode:characters_to_list(B) of
        L when is_list(L) -> L;
        {_, Done, <<Byte, Rest/binary>>} -> Done ++ [Byte | repaired_chars(Rest)]
    end.

%%% Floats: ~e, ~f, ~g. The digits come from float_to_list/1 (17 significant digits
%%% after rounding to 20), then are rounded to the precision asked for.

fwrite_e(Fl, none, Adj, none, Pad) -> fwrite_e(Fl, none, Adj, 6, Pad);
fwrite_e(Fl, none, _Adj, P, _Pad) when P >= 2 -> float_e(Fl, P);
fwrite_e(Fl, F, Adj, none, Pad) -> fwrite_e(Fl, F, Adj, 6, Pad);
fwrite_e(Fl, F, Adj, P, Pad) when P >= 2 -> term(float_e(Fl, P), F, Adj, F, Pad).

float_e(Fl, P) ->
    {Ds, E} = float_digits(Fl),
    sign(Fl) ++ case round_digits(Ds, 1, P - 1) of
                    {[$0 | Fs], true} -> [[$1 | Fs] | exponent(E)];
                    {Fs, false} -> [Fs | exponent(E - 1)]
                end.

exponent(E) when E >= 0 -> [$e, $+ | integer_to_list(E)];
exponent(E) -> [$e | integer_to_list(E)].

fwrite_f(Fl, none, Adj, none, Pad) -> fwrite_f(Fl, none, Adj, 6, Pad);
fwrite_f(Fl, none, _Adj, P, _Pad) when P >= 1 -> float_f(Fl, P);
fwrite_f(Fl, F, Adj, none, Pad) -> fwrite_f(Fl, F, Adj, 6, Pad);
fwrite_f(Fl, F, Adj, P, Pad) when P >= 1 -> term(float_f(Fl, P), F, Adj, F, Pad).

float_f(Fl, P) ->
    {Ds, E} = float_digits(Fl),
    {Ds1, E1} = if E =< 0 -> {lists:duplicate(-E + 1, $0) ++ Ds, 1};
                   true -> {Ds, E}
                end,
    sign(Fl) ++ case round_digits(Ds1, E1, P) of
                    {Fs, true} -> "1" ++ Fs;
                    {Fs, false} -> Fs
                end.

%% Digits Ds with Int of them before the point and Dec after, rounded half up;
%% returns {Chars, Carry}, Carry meaning a 1 must be put in front.
round_digits(Ds, 0, Dec) ->
    {Cs, Carry} = round_fraction(Ds, Dec),
    {[$. | Cs], Carry};
round_digits([D | Ds], Int, Dec) ->
    case round_digits(Ds, Int - 1, Dec) of
        {Cs, true} when D =:= $9 -> {[$0 | Cs], true};
        {Cs, true} -> {[D + 1 | Cs], false};
        {Cs, false} -> {[D | Cs], false}
    end;
round_digits([], Int, Dec) ->
    {lists:duplicate(Int, $0) ++ [$. | lists:duplicate(Dec, $0)], false}.

round_fraction([D | _], 0) when D >= $5 -> {[], true};
round_fraction([_ | _], 0) -> {[], false};
round_fraction([D | Ds], Dec) ->
    case round_fraction(Ds, Dec - 1) of
        {Cs, true} when D =:= $9 -> {[$0 | Cs], true};
        {Cs, true} -> {[D + 1 | Cs], false};
        {Cs, false} -> {[D | Cs], false}
    end;
round_fraction([], Dec) -> {lists:duplicate(Dec, $0), false}.

sign(Fl) when Fl < 0.0 -> [$-];
sign(Fl) when Fl > 0.0 -> [];
sign(Fl) ->
    case <<Fl/float>> of
        <<1:1, _:63>> -> [$-];
        _ -> []
    end.

%% {Digits, Exponent}: Fl = 0.Digits * 10^Exponent (absolute value).
float_digits(Fl) -> float_digits(float_to_list(Fl), []).

float_digits([$e | E], Ds) -> {lists:reverse(Ds), list_to_integer(E) + 1};
float_digits([D | Cs], Ds) when D >= $0, D =< $9 -> float_digits(Cs, [D | Ds]);
float_digits([_ | Cs], Ds) -> float_digits(Cs, Ds).

fwrite_g(Fl, F, Adj, none, Pad) -> fwrite_g(Fl, F, Adj, 6, Pad);
fwrite_g(Fl, F, Adj, P, Pad) when P >= 1 ->
    A = abs(Fl),
    E = if A < 1.0e-1 -> -2;
           A < 1.0e0 -> -1;
           A < 1.0e1 -> 0;
           A < 1.0e2 -> 1;
           A < 1.0e3 -> 2;
           A < 1.0e4 -> 3;
           true -> fwrite_f
        end,
    if P =< 1, E =:= -1;
       P - 1 > E, E >= -1 -> fwrite_f(Fl, F, Adj, P - 1 - E, Pad);
       P =< 1 -> fwrite_e(Fl, F, Adj, 2, Pad);
       true -> fwrite_e(Fl, F, Adj, P, Pad)
    end.

%%% write

write(Term) -> write_term(Term, -1, latin1).

write(Term, Depth, true) -> io_lib_pretty:print(Term, 1, 80, Depth);
write(Term, Depth, false) -> write(Term, Depth).

write(Term, Options) when is_list(Options) ->
    Depth = option(depth, Options, -1),
    Encoding = option(encoding, Options, utf8),
    CharsLimit = option(chars_limit, Options, -1),
    if Depth =:= 0; CharsLimit =:= 0 -> "...";
       CharsLimit < 0 -> write_term(Term, Depth, Encoding);
       CharsLimit > 0 ->
           %% The deepest depth whose text stays within the limit, strings not detected.
           NoRecords = fun(_, _) -> no end,
           io_lib_pretty:write(io_lib_pretty:intermediate(Term, Depth, CharsLimit, NoRecords,
                                                          Encoding, false))
    end;
write(Term, Depth) ->
    write(Term, [{depth, Depth}, {encoding, latin1}]).

option(Key, Options, Default) ->
    case lists:keyfind(Key, 1, Options) of
        {Key, Value} -> Value;
        _ -> Default
    end.

write_term(_Term, 0, _E) -> "...";
write_term(T, _D, _E) when is_integer(T) -> integer_to_list(T);
write_term(T, _D, _E) when is_float(T) -> float_to_list(T, [short]);
write_term(A, _D, latin1) when is_atom(A) -> write_atom_as_latin1(A);
write_term(A, _D, _E) when is_atom(A) -> write_atom(A);
write_term(T, _D, _E) when is_port(T) -> erlang:port_to_list(T);
write_term(T, _D, _E) when is_pid(T) -> pid_to_list(T);
write_term(T, _D, _E) when is_reference(T) -> erlang:ref_to_list(T);
write_term(<<_/bitstring>> = B, D, _E) -> write_binary(B, D);
write_term([], _D, _E) -> "[]";
write_term({}, _D, _E) -> "{}";
write_term([H | T], D, E) ->
    if D =:= 1 -> "[...]";
       true -> [$[, [write_term(H, D - 1, E) | write_tail(T, D - 1, E)], $]]
    end;
write_term(F, _D, _E) when is_function(F) -> erlang:fun_to_list(F);
write_term(M, D, E) when is_map(M) -> write_map(M, D, E);
write_term(T, D, E) when is_tuple(T) ->
    if D =:= 1 -> "{...}";
       true -> [${, [write_term(element(1, T), D - 1, E) | write_elements(T, 2, D - 1, E)], $}]
    end.

write_tail([], _D, _E) -> "";
write_tail(_, 1, _E) -> [$| | "..."];
write_tail([H | T], D, E) -> [$,, write_term(H, D - 1, E) | write_tail(T, D - 1, E)];
write_tail(Other, D, E) -> [$|, write_term(Other, D - 1, E)].

write_elements(T, I, _D, _E) when I > tuple_size(T) -> "";
write_elements(_, _I, 1, _E) -> [$, | "..."];
write_elements(T, I, D, E) ->
    [$,, write_term(element(I, T), D - 1, E) | write_elements(T, I + 1, D - 1, E)].

write_map(_, 1, _E) -> "#{}";
write_map(Map, D, E) when is_integer(D) ->
    case maps:next(maps:iterator(Map)) of
        {K, V, Next} ->
            D0 = D - 1,
            [$#, ${, [write_assoc(K, V, D0, E) | write_assocs(Next, D0, D0, E)], $}];
        none -> "#{}"
    end.

write_assocs(_, 1, _D0, _E) -> ",...";
write_assocs(I, D, D0, E) ->
    case maps:next(I) of
        {K, V, Next} -> [$,, write_assoc(K, V, D0, E) | write_assocs(Next, D - 1, D0, E)];
        none -> ""
    end.

write_assoc(K, V, D, E) -> [write_term(K, D, E), " => ", write_term(V, D, E)].

write_binary(B, D) when is_integer(D) ->
    {S, _} = write_binary(B, D, -1),
    S.

write_binary(B, D, T) ->
    {S, Rest} = binary_body(B, D, limit_sub(T, 4), []),
    {[$<, $<, lists:reverse(S), $>, $>], Rest}.

binary_body(<<>> = B, _D, _T, Acc) -> {Acc, B};
binary_body(B, D, T, Acc) when D =:= 1; T =:= 0 -> {["..." | Acc], B};
binary_body(<<X:8>>, _D, _T, Acc) -> {[integer_to_list(X) | Acc], <<>>};
binary_body(<<X:8, Rest/bitstring>>, D, T, Acc) ->
    S = integer_to_list(X),
    binary_body(Rest, D - 1, limit_sub(T, length(S) + 1), [$,, S | Acc]);
binary_body(B, _D, _T, Acc) ->
    L = bit_size(B),
    <<X:L>> = B,
    {[integer_to_list(L), $:, integer_to_list(X) | Acc], <<>>}.

limit_sub(T, _) when T < 0 -> T;
limit_sub(T, E) when T >= E -> T - E;
limit_sub(_, _) -> 0.

write_atom(Atom) -> possibly_quoted(Atom, fun write_string/2).

write_atom_as_latin1(Atom) -> possibly_quoted(Atom, fun write_string_as_latin1/2).

possibly_quoted(Atom, Quote) ->
    Chars = atom_to_list(Atom),
    case quote_atom(Atom, Chars) of
        true -> Quote(Chars, $');
        false -> Chars
    end.

quote_atom(Atom, Chars) ->
    case reserved_word(Atom) of
        true -> true;
        false ->
            case Chars of
                [C | Cs] when C >= $a, C =< $z -> not name_chars(Cs);
                [C | Cs] when C >= $ß, C =< $ÿ, C =/= $÷ -> not name_chars(Cs);
                _ -> true
            end
    end.

reserved_word(A) ->
    lists:member(A, ['after', 'and', 'andalso', 'band', 'begin', 'bnot', 'bor', 'bsl',
                     'bsr', 'bxor', 'case', 'catch', 'cond', 'div', 'end', 'fun', 'if',
                     'let', 'not', 'of', 'or', 'orelse', 'receive', 'rem', 'try', 'when',
                     'xor']).

name_chars([C | Cs]) ->
    case name_char(C) of
        true -> name_chars(Cs);
        false -> false
    end;
name_chars([]) -> true.

name_char(C) when C >= $a, C =< $z -> true;
name_char(C) when C >= $ß, C =< $ÿ, C =/= $÷ -> true;
name_char(C) when C >= $A, C =< $Z -> true;
name_char(C) when C >= $À, C =< $Þ, C =/= $× -> true;
name_char(C) when C >= $0, C =< $9 -> true;
name_char($_) -> true;
name_char($@) -> true;
name_char(_) -> false.

write_string(S) -> write_string(S, $").

write_string(S, Q) -> [Q | quoted(unicode_as_unicode, S, Q)].

write_unicode_string(S) -> write_string(S).

write_latin1_string(S) -> write_latin1_string(S, $").

write_latin1_string(S, Q) -> [Q | quoted(latin1, S, Q)].

write_string_as_latin1(S) -> write_string_as_latin1(S, $").

write_string_as_latin1(S, Q) -> [Q | quoted(unicode_as_latin1, S, Q)].

quoted(_, [], Q) -> [Q];
quoted(Enc, [C | Cs], Q) -> string_char(Enc, C, Q, quoted(Enc, Cs, Q)).

string_char(_, Q, Q, Tail) -> [$\\, Q | Tail];
string_char(_, $\\, _, Tail) -> [$\\, $\\ | Tail];
string_char(_, C, _, Tail) when C >= $\s, C =< $~ -> [C | Tail];
string_char(latin1, C, _, Tail) when C >= 16#A0, C =< 16#FF -> [C | Tail];
string_char(unicode_as_unicode, C, _, Tail) when C >= 16#A0 -> [C | Tail];
string_char(unicode_as_latin1, C, _, Tail) when C >= 16#A0, C =< 16#FF -> [C | Tail];
string_char(unicode_as_latin1, C, _, Tail) when C >= 16#FF ->
    "\\x{" ++ erlang:integer_to_list(C, 16) ++ "}" ++ Tail;
string_char(_, $\n, _, Tail) -> [$\\, $n | Tail];
string_char(_, $\r, _, Tail) -> [$\\, $r | Tail];
string_char(_, $\t, _, Tail) -> [$\\, $t | Tail];
string_char(_, $\v, _, Tail) -> [$\\, $v | Tail];
string_char(_, $\b, _, Tail) -> [$\\, $b | Tail];
string_char(_, $\f, _, Tail) -> [$\\, $f | Tail];
string_char(_, $\e, _, Tail) -> [$\\, $e | Tail];
string_char(_, $\d, _, Tail) -> [$\\, $d | Tail];
string_char(_, C, _, Tail) when C < 16#A0 ->
    [$\\, (C bsr 6) + $0, ((C bsr 3) band 7) + $0, (C band 7) + $0 | Tail].

write_char($\s) -> "$\\s";
write_char(C) when is_integer(C), C >= 0 -> [$$ | string_char(unicode_as_unicode, C, -1, [])].

write_unicode_char(C) -> write_char(C).

write_latin1_char(C) when is_integer(C), C >= 0, C =< 255 -> [$$ | string_char(latin1, C, -1, [])].

write_char_as_latin1(C) when is_integer(C), C >= 0 -> [$$ | string_char(unicode_as_latin1, C, -1, [])].

%%% Character list predicates.

-define(IS_UNICODE(C), (is_integer(C) andalso C >= 0 andalso C < 16#D800
                        orelse is_integer(C) andalso C > 16#DFFF andalso C < 16#FFFE
                        orelse is_integer(C) andalso C > 16#FFFF andalso C =< 16#10FFFF)).

latin1_char_list([C | Cs]) when is_integer(C), C >= 0, C =< 255 -> latin1_char_list(Cs);
latin1_char_list([]) -> true;
latin1_char_list(_) -> false.

char_list([C | Cs]) when ?IS_UNICODE(C) -> char_list(Cs);
char_list([]) -> true;
char_list(_) -> false.

deep_latin1_char_list(Cs) -> deep_latin1(Cs, []).

deep_latin1([C | Cs], More) when is_list(C) -> deep_latin1(C, [Cs | More]);
deep_latin1([C | Cs], More) when is_integer(C), C >= 0, C =< 255 -> deep_latin1(Cs, More);
deep_latin1([], [Cs | More]) -> deep_latin1(Cs, More);
deep_latin1([], []) -> true;
deep_latin1(_, _) -> false.

deep_char_list(Cs) -> deep_chars(Cs, []).

deep_chars([C | Cs], More) when is_list(C) -> deep_chars(C, [Cs | More]);
deep_chars([C | Cs], More) when ?IS_UNICODE(C) -> deep_chars(Cs, More);
deep_chars([], [Cs | More]) -> deep_chars(Cs, More);
deep_chars([], []) -> true;
deep_chars(_, _) -> false.

deep_unicode_char_list(Term) -> deep_char_list(Term).

-define(IS_CONTROL_PRINTABLE(C), (C =:= $\n orelse C =:= $\r orelse C =:= $\t orelse
                                  C =:= $\v orelse C =:= $\b orelse C =:= $\f orelse
                                  C =:= $\e)).

printable_latin1_list([C | Cs]) when is_integer(C), C >= $\s, C =< $~ -> printable_latin1_list(Cs);
printable_latin1_list([C | Cs]) when is_integer(C), C >= 16#A0, C =< 16#FF -> printable_latin1_list(Cs);
printable_latin1_list([C | Cs]) when ?IS_CONTROL_PRINTABLE(C) -> printable_latin1_list(Cs);
printable_latin1_list([]) -> true;
printable_latin1_list(_) -> false.

printable_list(L) ->
    case io:printable_range() of
        latin1 -> printable_latin1_list(L);
        unicode -> printable_unicode_list(L)
    end.

printable_unicode_list([C | Cs]) when is_integer(C), C >= $\s, C =< $~ -> printable_unicode_list(Cs);
printable_unicode_list([C | Cs])
  when is_integer(C), C >= 16#A0, C < 16#D800;
       is_integer(C), C > 16#DFFF, C < 16#FFFE;
       is_integer(C), C > 16#FFFF, C =< 16#10FFFF -> printable_unicode_list(Cs);
printable_unicode_list([C | Cs]) when ?IS_CONTROL_PRINTABLE(C) -> printable_unicode_list(Cs);
printable_unicode_list([]) -> true;
printable_unicode_list(_) -> false.

nl() -> "\n".

chars_length(S) ->
    try iolist_size(S)
    catch _:_ -> string:length(S)
    end.

format_prompt(Prompt) -> format_prompt(Prompt, latin1).

format_prompt({format, Format, Args}, _Encoding) -> safe_format(Format, Args);
format_prompt(Prompt, Encoding) when is_list(Prompt); is_atom(Prompt); is_binary(Prompt) ->
    safe_format(with_modifier(Encoding, "s"), [Prompt]);
format_prompt(Prompt, Encoding) ->
    safe_format(with_modifier(Encoding, "p"), [Prompt]).

safe_format(Format, Args) ->
    case catch format(Format, Args) of
        {'EXIT', _} -> "???";
        Chars -> Chars
    end.

with_modifier(latin1, C) -> "~" ++ C;
with_modifier(_, C) -> "~t" ++ C.

%%% ~p and print: io_lib_pretty.

print(Term) -> io_lib_pretty:print(Term).

print(Term, Column, LineLength, Depth) ->
    io_lib_pretty:print(Term, Column, LineLength, Depth).
