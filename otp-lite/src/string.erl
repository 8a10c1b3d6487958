%% otp-lite: the `string` module, API-compatible with OTP 25.
%%
%% The old list API (len, chr, str, tokens, strip, left, substr, words, to_upper, ...)
%% behaves exactly as OTP's. The chardata API (length, slice, trim, split, pad, ...) works
%% on grapheme clusters as in OTP, with these limits (see otp-lite/README.md):
%% - a cluster is CR LF, or a code point followed by combining marks (U+0300..036F,
%%   1AB0..1AFF, 1DC0..1DFF, 20D0..20FF, FE20..FE2F), variation selectors (FE00..FE0F) or a
%%   zero width joiner and what it joins; Hangul syllable sequences, emoji modifiers and
%%   regional-indicator pairs are not joined;
%% - case mapping covers ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic basics;
%% - results have the same characters as OTP's, but chardata results may be nested
%%   differently (a flat list or a binary where OTP may return a deep list);
%% - equal/4 supports only the `none` normalization.
-module(string).

-export([is_empty/1, length/1, to_graphemes/1, reverse/1, equal/2, equal/3, equal/4,
         slice/2, slice/3, pad/2, pad/3, pad/4, trim/1, trim/2, trim/3, chomp/1,
         take/2, take/3, take/4, lexemes/2, nth_lexeme/3, uppercase/1, lowercase/1,
         titlecase/1, casefold/1, prefix/2, split/2, split/3, replace/3, replace/4,
         find/2, find/3, next_codepoint/1, next_grapheme/1]).
-export([to_float/1, to_integer/1]).
-export([len/1, concat/2, chr/2, rchr/2, str/2, rstr/2, span/2, cspan/2, substr/2,
         substr/3, tokens/2, chars/2, chars/3]).
-export([copies/2, words/1, words/2, strip/1, strip/2, strip/3, sub_word/2, sub_word/3,
         left/2, left/3, right/2, right/3, sub_string/2, sub_string/3, centre/2, centre/3,
         join/2]).
-export([to_upper/1, to_lower/1]).
-export([list_to_float/1, list_to_integer/1]).

-export_type([grapheme_cluster/0]).

-type grapheme_cluster() :: char() | [char()].

-compile({no_auto_import, [length/1]}).

%% BIFs.
list_to_float(_) -> erlang:nif_error(undef).
list_to_integer(_) -> erlang:nif_error(undef).

%%% Grapheme clusters.

next_codepoint(CD) ->
    case flat(CD) of
        [] -> [];
        [C | Rest] -> [C | rest_like(CD, Rest)]
    end.

next_grapheme(CD) ->
    case clusters_from(flat(CD), 1) of
        {[], _} -> [];
        {[G], Rest} -> [G | rest_like(CD, Rest)]
    end.

%% The code points of chardata (invalid UTF-8 in a binary raises badarg).
flat(B) when is_binary(B) ->
    case unicode:characters_to_list(B) of
        L when is_list(L) -> L;
        _ -> erlang:error(badarg, [B])
    end;
flat(L) when is_list(L) ->
    case unicode:characters_to_list(L) of
        Cs when is_list(Cs) -> Cs;
        _ -> erlang:error(badarg, [L])
    end.

%% The remaining text, as a binary when the input was one.
rest_like(B, Rest) when is_binary(B) -> unicode:characters_to_binary(Rest);
rest_like(_, Rest) -> Rest.

result_like(B, Cs) when is_binary(B) -> unicode:characters_to_binary(Cs);
result_like(_, Cs) -> Cs.

clusters(Cs) ->
    {Gs, []} = clusters_from(Cs, infinity),
    Gs.

%% Up to N clusters from the front of a code point list.
clusters_from(Cs, N) -> clusters_from(Cs, N, []).

clusters_from([], _, Acc) -> {lists:reverse(Acc), []};
clusters_from(Cs, 0, Acc) -> {lists:reverse(Acc), Cs};
clusters_from([$\r, $\n | Cs], N, Acc) -> clusters_from(Cs, dec(N), [[$\r, $\n] | Acc]);
clusters_from([C | Cs], N, Acc) ->
    {Ext, Rest} = extenders(Cs, []),
    G = case Ext of
            [] -> C;
            _ -> [C | Ext]
        end,
    clusters_from(Rest, dec(N), [G | Acc]).

dec(infinity) -> infinity;
dec(N) -> N - 1.

extenders([16#200D, C | Cs], Acc) -> extenders(Cs, [C, 16#200D | Acc]);
extenders([C | Cs], Acc) ->
    case is_extender(C) of
        true -> extenders(Cs, [C | Acc]);
        false -> {lists:reverse(Acc), [C | Cs]}
    end;
extenders([], Acc) -> {lists:reverse(Acc), []}.

is_extender(C) ->
    (C >= 16#300 andalso C =< 16#36F) orelse (C >= 16#1AB0 andalso C =< 16#1AFF) orelse
        (C >= 16#1DC0 andalso C =< 16#1DFF) orelse (C >= 16#20D0 andalso C =< 16#20FF) orelse
        (C >= 16#FE20 andalso C =< 16#FE2F) orelse (C >= 16#FE00 andalso C =< 16#FE0F) orelse
        C =:= 16#200D.

unclusters(Gs) -> lists:flatten(Gs).

%%% The chardata API.

is_empty([]) -> true;
is_empty(<<>>) -> true;
is_empty([L | R]) -> is_empty(L) andalso is_empty(R);
is_empty(_) -> false.

length(CD) -> erlang:length(clusters(flat(CD))).

to_graphemes(CD) -> clusters(flat(CD)).

reverse(CD) -> lists:reverse(clusters(flat(CD))).

equal(A, B) when is_binary(A), is_binary(B) -> A =:= B;
equal(A, B) -> flat(A) =:= flat(B).

equal(A, B, false) -> equal(A, B);
equal(A, B, true) -> flat(casefold(A)) =:= flat(casefold(B)).

equal(A, B, IgnoreCase, none) -> equal(A, B, IgnoreCase).

slice(CD, N) when is_integer(N), N >= 0 ->
    {_, Rest} = clusters_from(flat(CD), N),
    result_like(CD, Rest).

slice(CD, N, infinity) -> slice(CD, N);
slice(CD, _, 0) -> result_like(CD, []);
slice(CD, N, Len) when is_integer(N), N >= 0, is_integer(Len), Len > 0 ->
    {_, Rest} = clusters_from(flat(CD), N),
    {Gs, _} = clusters_from(Rest, Len),
    result_like(CD, unclusters(Gs)).

pad(CD, Length) -> pad(CD, Length, trailing, $\s).
pad(CD, Length, Dir) -> pad(CD, Length, Dir, $\s).

pad(CD, Length, Dir, Char) when is_integer(Length) ->
    Len = length(CD),
    if Len >= Length -> [CD];
       true ->
           N = Length - Len,
           case Dir of
               trailing -> [CD | lists:duplicate(N, Char)];
               leading -> [lists:duplicate(N, Char), CD];
               both ->
                   Left = N div 2,
                   [lists:duplicate(Left, Char), CD | lists:duplicate(N - Left, Char)]
           end
    end.

-define(WHITESPACE, [[$\r, $\n], $\t, $\n, $\v, $\f, $\r, $\s, 16#85, 16#200E, 16#200F,
                     16#2028, 16#2029]).

trim(CD) -> trim(CD, both, ?WHITESPACE).
trim(CD, Dir) -> trim(CD, Dir, ?WHITESPACE).

trim(CD, Dir, Seps) when is_list(Seps) ->
    Gs = clusters(flat(CD)),
    Gs1 = case Dir of
              leading -> drop_seps(Gs, Seps);
              trailing -> lists:reverse(drop_seps(lists:reverse(Gs), Seps));
              both -> lists:reverse(drop_seps(lists:reverse(drop_seps(Gs, Seps)), Seps))
          end,
    result_like(CD, unclusters(Gs1)).

drop_seps([G | Gs] = All, Seps) ->
    case lists:member(G, Seps) of
        true -> drop_seps(Gs, Seps);
        false -> All
    end;
drop_seps([], _) -> [].

%% Removes all trailing line breaks (\n or \r\n).
chomp(CD) -> result_like(CD, lists:reverse(drop_breaks(lists:reverse(flat(CD))))).

drop_breaks([$\n, $\r | R]) -> drop_breaks(R);
drop_breaks([$\n | R]) -> drop_breaks(R);
drop_breaks(R) -> R.

take(CD, Seps) -> take(CD, Seps, false, leading).
take(CD, Seps, Complement) -> take(CD, Seps, Complement, leading).

take(CD, Seps, Complement, Dir) when is_list(Seps), is_boolean(Complement) ->
    Gs = clusters(flat(CD)),
    Keep = fun(G) -> lists:member(G, Seps) =/= Complement end,
    case Dir of
        leading ->
            {Taken, Rest} = lists:splitwith(Keep, Gs),
            {result_like(CD, unclusters(Taken)), result_like(CD, unclusters(Rest))};
        trailing ->
            {TakenR, RestR} = lists:splitwith(Keep, lists:reverse(Gs)),
            {result_like(CD, unclusters(lists:reverse(RestR))),
             result_like(CD, unclusters(lists:reverse(TakenR)))}
    end.

lexemes(CD, Seps) when is_list(Seps) ->
    [result_like(CD, unclusters(L)) || L <- split_on(clusters(flat(CD)), Seps), L =/= []].

nth_lexeme(CD, N, Seps) when is_integer(N), N > 0 ->
    Ls = lexemes(CD, Seps),
    case N =< erlang:length(Ls) of
        true -> lists:nth(N, Ls);
        false -> result_like(CD, [])
    end.

%% Splits clusters at every separator cluster.
split_on(Gs, Seps) -> split_on(Gs, Seps, [], []).

split_on([G | Gs], Seps, Cur, Acc) ->
    case lists:member(G, Seps) of
        true -> split_on(Gs, Seps, [], [lists:reverse(Cur) | Acc]);
        false -> split_on(Gs, Seps, [G | Cur], Acc)
    end;
split_on([], _, Cur, Acc) -> lists:reverse([lists:reverse(Cur) | Acc]).

uppercase(CD) -> result_like(CD, lists:flatmap(fun upper_full/1, flat(CD))).
lowercase(CD) -> result_like(CD, lists:flatmap(fun lower_full/1, flat(CD))).
casefold(CD) -> result_like(CD, lists:flatmap(fun fold/1, flat(CD))).

titlecase(CD) ->
    case flat(CD) of
        [C | Cs] -> result_like(CD, title(C) ++ Cs);
        [] -> result_like(CD, [])
    end.

%% Mappings to more than one character.
upper_full(16#DF) -> "SS";
upper_full(C) -> [upper(C)].

lower_full(16#130) -> [$i, 16#307];
lower_full(16#1E9E) -> [16#DF];
lower_full(C) -> [lower(C)].

fold(16#DF) -> "ss";
fold(16#1E9E) -> "ss";
fold(C) -> lower_full(C).

title(16#DF) -> "Ss";
title(C) -> [upper(C)].

upper(C) when C >= $a, C =< $z -> C - 32;
upper(C) when C >= 16#E0, C =< 16#FE, C =/= 16#F7 -> C - 32;
upper(16#FF) -> 16#178;
upper(16#B5) -> 16#39C;
upper(C) when C >= 16#100, C =< 16#17F, C =/= 16#130, C =/= 16#131, C =/= 16#138,
              C =/= 16#149, C =/= 16#17F ->
    if (C >= 16#139 andalso C =< 16#148) orelse (C >= 16#179 andalso C =< 16#17E) ->
           if C band 1 =:= 0 -> C - 1; true -> C end;
       C band 1 =:= 1 -> C - 1;
       true -> C
    end;
upper(C) when C >= 16#3B1, C =< 16#3C9, C =/= 16#3C2 -> C - 32;
upper(16#3C2) -> 16#3A3;
upper(C) when C >= 16#430, C =< 16#44F -> C - 32;
upper(C) when C >= 16#450, C =< 16#45F -> C - 80;
upper(C) -> C.

lower(C) when C >= $A, C =< $Z -> C + 32;
lower(C) when C >= 16#C0, C =< 16#DE, C =/= 16#D7 -> C + 32;
lower(16#178) -> 16#FF;
lower(C) when C >= 16#100, C =< 16#17F, C =/= 16#130, C =/= 16#131, C =/= 16#138,
              C =/= 16#149, C =/= 16#17F ->
    if (C >= 16#139 andalso C =< 16#148) orelse (C >= 16#179 andalso C =< 16#17E) ->
           if C band 1 =:= 1 -> C + 1; true -> C end;
       C band 1 =:= 0 -> C + 1;
       true -> C
    end;
lower(C) when C >= 16#391, C =< 16#3A9, C =/= 16#3A2 -> C + 32;
lower(C) when C >= 16#410, C =< 16#42F -> C + 32;
lower(C) when C >= 16#400, C =< 16#40F -> C + 80;
lower(C) -> C.

prefix(CD, Prefix) ->
    P = flat(Prefix),
    case lists:prefix(P, flat(CD)) of
        true -> result_like(CD, lists:nthtail(erlang:length(P), flat(CD)));
        false -> nomatch
    end.

split(CD, Pattern) -> split(CD, Pattern, leading).

split(CD, Pattern, Where) ->
    Gs = clusters(flat(CD)),
    Parts = case clusters(flat(Pattern)) of
                [] -> [Gs];
                P ->
                    case Where of
                        leading ->
                            case search(Gs, P, []) of
                                nomatch -> [Gs];
                                {Before, After} -> [Before, After]
                            end;
                        trailing ->
                            case search(lists:reverse(Gs), lists:reverse(P), []) of
                                nomatch -> [Gs];
                                {AfterR, BeforeR} -> [lists:reverse(BeforeR), lists:reverse(AfterR)]
                            end;
                        all -> search_all(Gs, P)
                    end
            end,
    [result_like(CD, unclusters(Part)) || Part <- Parts].

%% The clusters before the first occurrence of P and those after it.
search([], _P, _Before) -> nomatch;
search(Gs, P, Before) ->
    case lists:prefix(P, Gs) of
        true -> {lists:reverse(Before), lists:nthtail(erlang:length(P), Gs)};
        false -> search(tl(Gs), P, [hd(Gs) | Before])
    end.

search_all(Gs, P) ->
    case search(Gs, P, []) of
        nomatch -> [Gs];
        {Before, After} -> [Before | search_all(After, P)]
    end.

replace(CD, Pattern, Replacement) -> replace(CD, Pattern, Replacement, leading).

replace(CD, Pattern, Replacement, Where) ->
    lists:join(Replacement, split(CD, Pattern, Where)).

find(CD, Pattern) -> find(CD, Pattern, leading).

find(CD, Pattern, Dir) ->
    Gs = clusters(flat(CD)),
    P = clusters(flat(Pattern)),
    Found = case {P, Dir} of
                {[], _} -> {[], Gs};
                {_, leading} -> search(Gs, P, []);
                {_, trailing} ->
                    case search(lists:reverse(Gs), lists:reverse(P), []) of
                        nomatch -> nomatch;
                        {AfterR, _} -> {x, P ++ lists:reverse(AfterR)}
                    end
            end,
    case Found of
        nomatch -> nomatch;
        {[], Gs} when P =:= [] -> CD;
        {_, Rest} when Dir =:= trailing -> result_like(CD, unclusters(Rest));
        {_, After} -> result_like(CD, unclusters(P ++ After))
    end.

to_integer(CD) ->
    Cs = try flat(CD) catch _:_ -> badarg end,
    case Cs of
        badarg -> {error, badarg};
        _ ->
            case take_number(Cs, integer) of
                {[], _} -> {error, no_integer};
                {Num, Rest} ->
                    try {erlang:list_to_integer(Num), rest_like(CD, Rest)}
                    catch _:_ -> {error, no_integer}
                    end
            end
    end.

to_float(CD) ->
    Cs = try flat(CD) catch _:_ -> badarg end,
    case Cs of
        badarg -> {error, badarg};
        _ ->
            case take_number(Cs, float) of
                {[], _} -> {error, no_float};
                {Num, Rest} ->
                    try {erlang:list_to_float(Num), rest_like(CD, Rest)}
                    catch _:_ -> {error, no_float}
                    end
            end
    end.

%% The longest prefix that may be a number: sign, digits, and for floats . digits and an
%% exponent.
take_number([S | Cs], Kind) when S =:= $+; S =:= $- ->
    {Num, Rest} = take_number_body(Cs, Kind),
    case Num of
        [] -> {[], [S | Cs]};
        _ -> {[S | Num], Rest}
    end;
take_number(Cs, Kind) -> take_number_body(Cs, Kind).

take_number_body(Cs, integer) -> lists:splitwith(fun is_digit/1, Cs);
take_number_body(Cs, float) ->
    {Int, R1} = lists:splitwith(fun is_digit/1, Cs),
    case R1 of
        [$. | R2] when Int =/= [] ->
            case lists:splitwith(fun is_digit/1, R2) of
                {[], _} -> {[], Cs};
                {Frac, R3} ->
                    {Exp, R4} = take_exponent(R3),
                    {Int ++ "." ++ Frac ++ Exp, R4}
            end;
        _ -> {[], Cs}
    end.

take_exponent([E | R] = Cs) when E =:= $e; E =:= $E ->
    {Sign, R1} = case R of
                     [S | T] when S =:= $+; S =:= $- -> {[S], T};
                     _ -> {[], R}
                 end,
    case lists:splitwith(fun is_digit/1, R1) of
        {[], _} -> {[], Cs};
        {Ds, R2} -> {[E | Sign ++ Ds], R2}
    end;
take_exponent(Cs) -> {[], Cs}.

is_digit(C) -> C >= $0 andalso C =< $9.

%%% The old list API.

len(S) -> erlang:length(S).

concat(S1, S2) -> S1 ++ S2.

chr(S, C) when is_integer(C) -> chr(S, C, 1).

chr([C | _], C, I) -> I;
chr([_ | Cs], C, I) -> chr(Cs, C, I + 1);
chr([], _C, _I) -> 0.

rchr(S, C) when is_integer(C) -> rchr(S, C, 1, 0).

rchr([C | Cs], C, I, _L) -> rchr(Cs, C, I + 1, I);
rchr([_ | Cs], C, I, L) -> rchr(Cs, C, I + 1, L);
rchr([], _C, _I, L) -> L.

str(S, Sub) when is_list(Sub) -> str(S, Sub, 1).

str([C | S], [C | Sub], I) ->
    case is_prefix(Sub, S) of
        true -> I;
        false -> str(S, [C | Sub], I + 1)
    end;
str([_ | S], Sub, I) -> str(S, Sub, I + 1);
str([], _Sub, _I) -> 0.

rstr(S, Sub) when is_list(Sub) -> rstr(S, Sub, 1, 0).

rstr([C | S], [C | Sub], I, L) ->
    case is_prefix(Sub, S) of
        true -> rstr(S, [C | Sub], I + 1, I);
        false -> rstr(S, [C | Sub], I + 1, L)
    end;
rstr([_ | S], Sub, I, L) -> rstr(S, Sub, I + 1, L);
rstr([], _Sub, _I, L) -> L.

is_prefix([C | Pre], [C | S]) -> is_prefix(Pre, S);
is_prefix([], S) when is_list(S) -> true;
is_prefix(Pre, S) when is_list(Pre), is_list(S) -> false.

span(S, Cs) when is_list(Cs) -> span(S, Cs, 0).

span([C | S], Cs, I) ->
    case lists:member(C, Cs) of
        true -> span(S, Cs, I + 1);
        false -> I
    end;
span([], _Cs, I) -> I.

cspan(S, Cs) when is_list(Cs) -> cspan(S, Cs, 0).

cspan([C | S], Cs, I) ->
    case lists:member(C, Cs) of
        true -> I;
        false -> cspan(S, Cs, I + 1)
    end;
cspan([], _Cs, I) -> I.

substr(String, 1) when is_list(String) -> String;
substr(String, S) when is_integer(S), S > 1 -> drop_to(String, S).

substr(String, S, L) when is_integer(S), S >= 1, is_integer(L), L >= 0 ->
    take_n(drop_to(String, S), L).

take_n([C | String], L) when L > 0 -> [C | take_n(String, L - 1)];
take_n(String, _L) when is_list(String) -> [].

drop_to(String, 1) when is_list(String) -> String;
drop_to([_ | String], S) -> drop_to(String, S - 1).

%% Tokens are collected from the end of the string.
tokens(S, Seps) ->
    case Seps of
        [] ->
            case S of
                [] -> [];
                [_ | _] -> [S]
            end;
        [C] -> tokens_single(lists:reverse(S), C, []);
        [_ | _] -> tokens_multi(lists:reverse(S), Seps, [])
    end.

tokens_single([Sep | S], Sep, Toks) -> tokens_single(S, Sep, Toks);
tokens_single([C | S], Sep, Toks) -> token_single(S, Sep, Toks, [C]);
tokens_single([], _, Toks) -> Toks.

token_single([Sep | S], Sep, Toks, Tok) -> tokens_single(S, Sep, [Tok | Toks]);
token_single([C | S], Sep, Toks, Tok) -> token_single(S, Sep, Toks, [C | Tok]);
token_single([], _Sep, Toks, Tok) -> [Tok | Toks].

tokens_multi([C | S], Seps, Toks) ->
    case lists:member(C, Seps) of
        true -> tokens_multi(S, Seps, Toks);
        false -> token_multi(S, Seps, Toks, [C])
    end;
tokens_multi([], _Seps, Toks) -> Toks.

token_multi([C | S], Seps, Toks, Tok) ->
    case lists:member(C, Seps) of
        true -> tokens_multi(S, Seps, [Tok | Toks]);
        false -> token_multi(S, Seps, Toks, [C | Tok])
    end;
token_multi([], _Seps, Toks, Tok) -> [Tok | Toks].

chars(C, N) -> chars(C, N, []).

chars(C, N, Tail) when N > 0 -> chars(C, N - 1, [C | Tail]);
chars(C, 0, Tail) when is_integer(C) -> Tail.

copies(CharList, Num) when is_list(CharList), is_integer(Num), Num >= 0 ->
    copies(CharList, Num, []).

copies(_CharList, 0, R) -> R;
copies(CharList, Num, R) -> copies(CharList, Num - 1, CharList ++ R).

words(String) -> words(String, $\s).

words(String, Char) when is_integer(Char) -> count_words(strip(String, both, Char), Char, 0).

count_words([], _, Num) -> Num + 1;
count_words([H | T], H, Num) -> count_words(strip(T, left, H), H, Num + 1);
count_words([_ | T], Char, Num) -> count_words(T, Char, Num).

sub_word(String, Index) -> sub_word(String, Index, $\s).

sub_word(String, Index, Char) when is_integer(Index), is_integer(Char) ->
    case words(String, Char) of
        Num when Num < Index -> [];
        _ -> nth_word(strip(String, left, Char), Index, Char, 1, [])
    end.

nth_word([], _, _, _, Res) -> lists:reverse(Res);
nth_word([Char | _], Index, Char, Index, Res) -> lists:reverse(Res);
nth_word([H | T], Index, Char, Index, Res) -> nth_word(T, Index, Char, Index, [H | Res]);
nth_word([Char | T], Stop, Char, Index, Res) when Index < Stop ->
    nth_word(strip(T, left, Char), Stop, Char, Index + 1, Res);
nth_word([_ | T], Stop, Char, Index, Res) when Index < Stop ->
    nth_word(T, Stop, Char, Index, Res).

strip(String) -> strip(String, both).

strip(String, left) -> strip_left(String, $\s);
strip(String, right) -> strip_right(String, $\s);
strip(String, both) -> strip_right(strip_left(String, $\s), $\s).

strip(String, right, Char) -> strip_right(String, Char);
strip(String, left, Char) -> strip_left(String, Char);
strip(String, both, Char) -> strip_right(strip_left(String, Char), Char).

strip_left([Sc | S], Sc) -> strip_left(S, Sc);
strip_left([_ | _] = S, Sc) when is_integer(Sc) -> S;
strip_left([], Sc) when is_integer(Sc) -> [].

strip_right([Sc | S], Sc) ->
    case strip_right(S, Sc) of
        [] -> [];
        T -> [Sc | T]
    end;
strip_right([C | S], Sc) -> [C | strip_right(S, Sc)];
strip_right([], Sc) when is_integer(Sc) -> [].

left(String, Len) when is_integer(Len) -> left(String, Len, $\s).

left(String, Len, Char) when is_integer(Char) ->
    SLen = erlang:length(String),
    if SLen > Len -> substr(String, 1, Len);
       SLen < Len -> String ++ chars(Char, Len - SLen);
       SLen =:= Len -> String
    end.

right(String, Len) when is_integer(Len) -> right(String, Len, $\s).

right(String, Len, Char) when is_integer(Char) ->
    SLen = erlang:length(String),
    if SLen > Len -> substr(String, SLen - Len + 1);
       SLen < Len -> chars(Char, Len - SLen, String);
       SLen =:= Len -> String
    end.

centre(String, Len) when is_integer(Len) -> centre(String, Len, $\s).

centre(String, 0, Char) when is_list(String), is_integer(Char) -> [];
centre(String, Len, Char) when is_integer(Char) ->
    SLen = erlang:length(String),
    if SLen > Len -> substr(String, (SLen - Len) div 2 + 1, Len);
       SLen < Len ->
           N = (Len - SLen) div 2,
           chars(Char, N, String ++ chars(Char, Len - (SLen + N)));
       SLen =:= Len -> String
    end.

sub_string(String, Start) -> substr(String, Start).

sub_string(String, Start, Stop) -> substr(String, Start, Stop - Start + 1).

to_lower(S) when is_list(S) -> [lower_latin1(C) || C <- S];
to_lower(C) when is_integer(C) -> lower_latin1(C).

to_upper(S) when is_list(S) -> [upper_latin1(C) || C <- S];
to_upper(C) when is_integer(C) -> upper_latin1(C).

lower_latin1(C) when is_integer(C), $A =< C, C =< $Z -> C + 32;
lower_latin1(C) when is_integer(C), 16#C0 =< C, C =< 16#D6 -> C + 32;
lower_latin1(C) when is_integer(C), 16#D8 =< C, C =< 16#DE -> C + 32;
lower_latin1(C) -> C.

upper_latin1(C) when is_integer(C), $a =< C, C =< $z -> C - 32;
upper_latin1(C) when is_integer(C), 16#E0 =< C, C =< 16#F6 -> C - 32;
upper_latin1(C) when is_integer(C), 16#F8 =< C, C =< 16#FE -> C - 32;
upper_latin1(C) -> C.

join([], Sep) when is_list(Sep) -> [];
join([H | T], Sep) -> H ++ lists:append([Sep ++ X || X <- T]).
