%% otp-lite: the Erlang tokenizer, API-compatible with OTP 25's erl_scan: string/1,2,3 and
%% the re-entrant tokens/3,4 that io:read and friends hand to an I/O server through
%% get_until. Tokens, annotations (Line, {Line, Column}, or [{text, T}, {location, L}] with
%% the text option), end locations, error tuples and what is left over after a dot or an
%% error are OTP's.
%%
%% Input is a character list that ends either in [] (more may come: the scanner answers
%% `more` wherever the next character could change the token) or in the atom eof (an
%% improper tail: the input ended). The continuation of tokens/3,4 holds the tokens scanned
%% so far and the characters of the unfinished token (or the state of an unfinished string),
%% so input arriving a few characters at a time is scanned once.
-module(erl_scan).

-export([string/1, string/2, string/3, tokens/3, tokens/4, format_error/1,
         reserved_word/1, category/1, symbol/1, line/1, column/1, location/1, text/1,
         end_location/1, continuation_location/1]).

-export_type([token/0, tokens/0, error_info/0, options/0, return_cont/0,
              tokens_result/0, category/0, symbol/0, resword_fun/0, error_description/0]).

-type category() :: atom().
-type symbol() :: atom() | float() | integer() | string().
-type token() :: {category(), term(), symbol()} | {category(), term()}.
-type tokens() :: [token()].
-type error_description() :: term().
-type error_info() :: {term(), module(), error_description()}.
-type resword_fun() :: fun((atom()) -> boolean()).
-type options() :: atom() | {atom(), term()} | [atom() | {atom(), term()}].
-type return_cont() :: {erl_scan_continuation, term(), term()}.
-type tokens_result() :: {ok, tokens(), term()} | {eof, term()} | {error, error_info(), term()}.

%% Scanner options.
-record(opts, {resword = fun reserved_word/1,
               text_fun = fun(_, _) -> false end,
               has_text = false,        % annotations may carry the token's text
               ws = false,              % return white_space tokens
               comment = false}).       % return comment tokens

-define(WHITE_SPACE(C), (is_integer(C) andalso
                         (C >= 0 andalso C =< $\s orelse C >= 16#80 andalso C =< 16#A0))).
-define(DIGIT(C), (C >= $0 andalso C =< $9)).
-define(UNICODE(C), (is_integer(C) andalso
                     (C >= 0 andalso C < 16#D800 orelse
                      C > 16#DFFF andalso C < 16#FFFE orelse
                      C > 16#FFFF andalso C =< 16#10FFFF))).
-define(OCT(C), (C >= $0 andalso C =< $7)).
-define(HEX(C), (C >= $0 andalso C =< $9 orelse C >= $A andalso C =< $F orelse
                 C >= $a andalso C =< $f)).
-define(NAME_CHAR(C), (C >= $a andalso C =< $z orelse C >= $A andalso C =< $Z orelse
                       C =:= $_ orelse ?DIGIT(C) orelse C =:= $@ orelse
                       C >= 16#DF andalso C =< 16#FF andalso C =/= 16#F7 orelse
                       C >= 16#C0 andalso C =< 16#DE andalso C =/= 16#D7)).

%% ---- API -----------------------------------------------------------------------------------

format_error({string, Quote, Head}) ->
    Thing = case Quote of $' -> "atom"; _ -> "string" end,
    lists:flatten(["unterminated ", Thing, " starting with ",
                   io_lib:write_string(Head, Quote)]);
format_error({illegal, Type}) ->
    lists:flatten(io_lib:fwrite("illegal ~w", [Type]));
format_error(char) ->
    "unterminated character";
format_error({base, Base}) ->
    lists:flatten(io_lib:fwrite("illegal base '~w'", [Base]));
format_error(Other) ->
    lists:flatten(io_lib:write(Other)).

string(String) -> string(String, 1, []).

string(String, StartLocation) -> string(String, StartLocation, []).

string(String, Line, Options) when is_list(String), is_integer(Line) ->
    string_forms(String ++ eof, options(Options), Line, no_col, []);
string(String, {Line, Column}, Options) when is_list(String), is_integer(Line),
                                            is_integer(Column), Column >= 1 ->
    string_forms(String ++ eof, options(Options), Line, Column, []).

%% string/3 goes on after each dot until the input ends.
string_forms(Cs, O, Line, Col, Toks) ->
    case scan(Cs, Line, Col, Toks, O) of
        {ok, Toks1, [_ | _] = Rest, Line1, Col1} -> string_forms(Rest, O, Line1, Col1, Toks1);
        {ok, Toks1, _, Line1, Col1} -> {ok, lists:reverse(Toks1), location(Line1, Col1)};
        {error, Error, _Rest} -> Error
    end.

tokens(Cont, CharSpec, StartLocation) -> tokens(Cont, CharSpec, StartLocation, []).

tokens([], CharSpec, Line, Options) when is_integer(Line) ->
    tokens_from({at, [], Line, no_col, []}, CharSpec, options(Options));
tokens([], CharSpec, {Line, Column}, Options) when is_integer(Line), is_integer(Column),
                                                  Column >= 1 ->
    tokens_from({at, [], Line, Column, []}, CharSpec, options(Options));
tokens({erl_scan_continuation, State, O}, CharSpec, _Location, _Options) ->
    tokens_from(State, CharSpec, O).

tokens_from(State, CharSpec, O) when is_list(CharSpec); CharSpec =:= eof ->
    case resume(State, CharSpec, O) of
        {more, State1} ->
            {more, {erl_scan_continuation, State1, O}};
        {ok, [], eof, Line1, Col1} ->
            {done, {eof, location(Line1, Col1)}, eof};
        {ok, Toks, Rest, Line1, Col1} ->
            {done, {ok, lists:reverse(Toks), location(Line1, Col1)}, Rest};
        {error, Error, Rest} ->
            {done, Error, Rest}
    end.

%% Where scanning stopped: the start of the unfinished token, or the position reached in an
%% unfinished string.
continuation_location({erl_scan_continuation, {at, _Cs, Line, Col, _Toks}, _O}) ->
    location(Line, Col);
continuation_location({erl_scan_continuation, {quoted, {_Cs, _Q, _Raw, _Chars, L, C, _}}, _O}) ->
    location(L, C).

reserved_word('after') -> true;
reserved_word('begin') -> true;
reserved_word('case') -> true;
reserved_word('try') -> true;
reserved_word('cond') -> true;
reserved_word('catch') -> true;
reserved_word('andalso') -> true;
reserved_word('orelse') -> true;
reserved_word('end') -> true;
reserved_word('fun') -> true;
reserved_word('if') -> true;
reserved_word('let') -> true;
reserved_word('of') -> true;
reserved_word('receive') -> true;
reserved_word('when') -> true;
reserved_word('bnot') -> true;
reserved_word('not') -> true;
reserved_word('div') -> true;
reserved_word('rem') -> true;
reserved_word('band') -> true;
reserved_word('and') -> true;
reserved_word('bor') -> true;
reserved_word('bxor') -> true;
reserved_word('bsl') -> true;
reserved_word('bsr') -> true;
reserved_word('or') -> true;
reserved_word('xor') -> true;
reserved_word(A) when is_atom(A) -> false.

category({Category, _Anno}) -> Category;
category({Category, _Anno, _Symbol}) -> Category;
category(T) -> erlang:error(badarg, [T]).

symbol({Category, _Anno}) -> Category;
symbol({_Category, _Anno, Symbol}) -> Symbol;
symbol(T) -> erlang:error(badarg, [T]).

line(Token) ->
    case location(Token) of
        {Line, _} -> Line;
        Line -> Line
    end.

column(Token) ->
    case location(Token) of
        {_, Col} -> Col;
        _ -> undefined
    end.

location(Token) -> anno_location(element(2, Token)).

text(Token) -> anno_item(text, element(2, Token)).

%% The location just after the token (known only when its text is).
end_location(Token) ->
    case text(Token) of
        undefined ->
            undefined;
        Text ->
            case location(Token) of
                {Line, Col} -> {L, C} = advance(Text, Line, Col), {L, C};
                Line -> element(1, advance(Text, Line, no_col))
            end
    end.

anno_location(Line) when is_integer(Line) -> Line;
anno_location({Line, Col} = Loc) when is_integer(Line), is_integer(Col) -> Loc;
anno_location(Anno) when is_list(Anno) ->
    case anno_item(location, Anno) of
        undefined -> 0;
        Loc -> Loc
    end.

anno_item(Key, Anno) when is_list(Anno) ->
    case lists:keyfind(Key, 1, Anno) of
        {Key, Value} -> Value;
        false -> undefined
    end;
anno_item(_Key, _Anno) ->
    undefined.

%% ---- options -------------------------------------------------------------------------------

options(Opts0) when is_list(Opts0) ->
    Opts = lists:flatmap(fun(return) -> [return_comments, return_white_spaces];
                            (Opt) -> [Opt]
                         end, Opts0),
    ResWord = case lists:keyfind(reserved_word_fun, 1, Opts) of
                  false -> fun reserved_word/1;
                  {_, F} when is_function(F, 1) -> F;
                  _ -> erlang:error(badarg, [Opts0])
              end,
    Text = proplists:get_bool(text, Opts),
    {HasText, TextFun} =
        case {Text, proplists:get_value(text_fun, Opts, none)} of
            {true, _} -> {true, fun(_, _) -> true end};
            {false, none} -> {false, fun(_, _) -> false end};
            {false, Fun} -> {true, Fun}
        end,
    #opts{resword = ResWord, text_fun = TextFun, has_text = HasText,
          ws = proplists:get_bool(return_white_spaces, Opts),
          comment = proplists:get_bool(return_comments, Opts)};
options(Opt) ->
    options([Opt]).

%% ---- the scanner ---------------------------------------------------------------------------
%%
%% scan/5 scans tokens until a dot or the end of the input:
%%   {ok, TokensReversed, Rest, Line, Col}   Rest: what follows the dot, or eof
%%   {more, State}                           the input ended in [] where more could matter;
%%                                           State resumes at the unfinished token (or inside
%%                                           the unfinished string), so a long form arriving
%%                                           in small chunks is not scanned again and again
%%   {error, {error, ErrorInfo, EndLoc}, Rest}
%% token/5 scans one token (or a run of white space or a comment) and answers
%% {next, Rest, Line, Col, Tokens} or one of the results above ({quoted_more, ...} inside a
%% string or quoted atom, plain `more` elsewhere).

scan(Cs, Line, Col, Toks, O) ->
    drive(token(Cs, Line, Col, Toks, O), {at, Cs, Line, Col, Toks}, O).

drive({next, Cs, Line, Col, Toks}, _Restart, O) -> scan(Cs, Line, Col, Toks, O);
drive(more, Restart, _O) -> {more, Restart};
drive({quoted_more, State}, _Restart, _O) -> {more, {quoted, State}};
drive({more_at, State}, _Restart, _O) -> {more, State};
drive(Result, _Restart, _O) -> Result.

resume({at, Cs, Line, Col, Toks}, CharSpec, O) ->
    scan(Cs ++ CharSpec, Line, Col, Toks, O);
resume({quoted, {Cs, Q, Raw, Chars, L, C, {Line, Col, Toks}}} = Restart, CharSpec, O) ->
    drive(quoted(Cs ++ CharSpec, Q, Raw, Chars, L, C, {Line, Col, Toks, O}), Restart, O).

token([$\s | Cs], Line, Col, Toks, #opts{ws = true} = O) ->
    white_run(Cs, $\s, 16, [$\s], Line, Col, Toks, O);
token([$\t | Cs], Line, Col, Toks, #opts{ws = true} = O) ->
    white_run(Cs, $\t, 10, [$\t], Line, Col, Toks, O);
token([$\n | Cs], Line, Col, Toks, #opts{ws = true} = O) ->
    scan_newline(Cs, Line, Col, Toks, O);
token([$\r | Cs], Line, Col, Toks, #opts{ws = true} = O) ->
    add(white_space, "\r", "\r", Cs, Line, Col, Toks, O);
token([C | Cs], Line, Col, Toks, #opts{ws = true} = O) when ?WHITE_SPACE(C) ->
    white_other(Cs, [C], Line, Col, Toks, O);
token([C | _] = Cs, Line, Col, Toks, O) when ?WHITE_SPACE(C) ->
    skip_white(Cs, Line, Col, Toks, O);
token([C | Cs], Line, Col, Toks, O) when C >= $A, C =< $Z; C =:= $_;
                                       C >= 16#C0, C =< 16#DE, C =/= 16#D7 ->
    scan_name(Cs, [C], var, Line, Col, Toks, O);
token([C | Cs], Line, Col, Toks, O) when C >= $a, C =< $z;
                                       C >= 16#DF, C =< 16#FF, C =/= 16#F7 ->
    scan_name(Cs, [C], atom, Line, Col, Toks, O);
token([C | Cs], Line, Col, Toks, O) when ?DIGIT(C) ->
    scan_number(Cs, [C], Line, Col, Toks, O);
token([$% | Cs], Line, Col, Toks, #opts{comment = false} = O) ->
    skip_comment(Cs, 1, Line, Col, Toks, O);
token([$% | Cs], Line, Col, Toks, O) ->
    scan_comment(Cs, [$%], Line, Col, Toks, O);
token([$" | Cs], Line, Col, Toks, O) ->
    scan_quoted(Cs, $", [$"], [], Line, Col, Toks, O);
token([$' | Cs], Line, Col, Toks, O) ->
    scan_quoted(Cs, $', [$'], [], Line, Col, Toks, O);
token([$$ | Cs], Line, Col, Toks, O) ->
    scan_char(Cs, Line, Col, Toks, O);
token("..." ++ Cs, Line, Col, Toks, O) -> punct('...', "...", Cs, Line, Col, Toks, O);
token("..", _Line, _Col, _Toks, _O) -> more;
token(".." ++ Cs, Line, Col, Toks, O) -> punct('..', "..", Cs, Line, Col, Toks, O);
token(".", _Line, _Col, _Toks, _O) -> more;
token([$. | Cs], Line, Col, Toks, O) -> scan_dot(Cs, Line, Col, Toks, O);
token([C | _] = Cs, Line, Col, Toks, O) when is_integer(C), C >= 0 ->
    scan_symbol(Cs, Line, Col, Toks, O);
token([], _Line, _Col, _Toks, _O) ->
    more;
token(eof, Line, Col, Toks, _O) ->
    {ok, Toks, eof, Line, Col}.

%% Operators and punctuation: the longest that matches, waiting for more where a longer one
%% could still come.
scan_symbol(Cs, Line, Col, Toks, O) ->
    case symbol_prefix(Cs) of
        more -> more;
        {Text, Rest} -> punct(list_to_atom(Text), Text, Rest, Line, Col, Toks, O);
        illegal ->
            [_ | Rest] = Cs,
            scan_error({illegal, character}, Line, Col, Line, incr(Col, 1), Rest)
    end.

symbol_prefix("?=" ++ Cs) -> {"?=", Cs};
symbol_prefix("<<" ++ Cs) -> {"<<", Cs};
symbol_prefix("<-" ++ Cs) -> {"<-", Cs};
symbol_prefix("<=" ++ Cs) -> {"<=", Cs};
symbol_prefix(">>" ++ Cs) -> {">>", Cs};
symbol_prefix(">=" ++ Cs) -> {">=", Cs};
symbol_prefix("->" ++ Cs) -> {"->", Cs};
symbol_prefix("--" ++ Cs) -> {"--", Cs};
symbol_prefix("++" ++ Cs) -> {"++", Cs};
symbol_prefix("=:=" ++ Cs) -> {"=:=", Cs};
symbol_prefix("=/=" ++ Cs) -> {"=/=", Cs};
symbol_prefix("=<" ++ Cs) -> {"=<", Cs};
symbol_prefix("=>" ++ Cs) -> {"=>", Cs};
symbol_prefix("==" ++ Cs) -> {"==", Cs};
symbol_prefix("/=" ++ Cs) -> {"/=", Cs};
symbol_prefix("||" ++ Cs) -> {"||", Cs};
symbol_prefix(":=" ++ Cs) -> {":=", Cs};
symbol_prefix("::" ++ Cs) -> {"::", Cs};
symbol_prefix([C]) when C =:= $?; C =:= $<; C =:= $>; C =:= $-; C =:= $+; C =:= $=;
                        C =:= $/; C =:= $|; C =:= $: -> more;
symbol_prefix("=:") -> more;
symbol_prefix("=/") -> more;
symbol_prefix([C | Cs]) when C >= 0, C =< 16#FF -> {[C], Cs};
symbol_prefix(_) -> illegal.

%% A token made ({Category, Anno} for punctuation and reserved words, else
%% {Category, Anno, Symbol}): its annotation, then scanning goes on after it.
punct(P, Text, Cs, Line, Col, Toks, O) ->
    Anno = anno(Line, Col, P, Text, O),
    {Line1, Col1} = advance(Text, Line, Col),
    {next, Cs, Line1, Col1, [{P, Anno} | Toks]}.

add(Cat, Sym, Text, Cs, Line, Col, Toks, O) ->
    Anno = anno(Line, Col, Cat, Text, O),
    {Line1, Col1} = advance(Text, Line, Col),
    {next, Cs, Line1, Col1, [{Cat, Anno, Sym} | Toks]}.

anno(Line, Col, Cat, Text, #opts{has_text = true, text_fun = TextFun}) ->
    case TextFun(Cat, Text) of
        true -> [{text, Text}, {location, location(Line, Col)}];
        false -> location(Line, Col)
    end;
anno(Line, Col, _Cat, _Text, _O) ->
    location(Line, Col).

location(Line, no_col) -> Line;
location(Line, Col) -> {Line, Col}.

incr(no_col, _N) -> no_col;
incr(Col, N) -> Col + N.

%% Where the text ends: a newline starts column 1 of the next line.
advance([$\n | Cs], Line, Col) -> advance(Cs, Line + 1, case Col of no_col -> no_col; _ -> 1 end);
advance([_ | Cs], Line, Col) -> advance(Cs, Line, incr(Col, 1));
advance(_, Line, Col) -> {Line, Col}.

scan_error(Error, Line, Col, EndLine, EndCol, Rest) ->
    {error, {error, {location(Line, Col), ?MODULE, Error}, location(EndLine, EndCol)}, Rest}.

%% ---- white space and comments --------------------------------------------------------------

%% White space is skipped; when the input runs out in it, scanning resumes from where the
%% run began on its line (as OTP's continuation_location/1 tells).
skip_white(Cs, Line, Col, Toks, O) ->
    skip_white(Cs, Cs, Col, Line, Col, Toks, O).

skip_white([$\n | Cs], _From, _FromCol, Line, Col, Toks, O) ->
    NewCol = case Col of no_col -> no_col; _ -> 1 end,
    skip_white(Cs, Cs, NewCol, Line + 1, NewCol, Toks, O);
skip_white([C | Cs], From, FromCol, Line, Col, Toks, O) when ?WHITE_SPACE(C) ->
    skip_white(Cs, From, FromCol, Line, incr(Col, 1), Toks, O);
skip_white([], From, FromCol, Line, _Col, Toks, _O) ->
    {more_at, {at, From, Line, FromCol, Toks}};
skip_white(Cs, _From, _FromCol, Line, Col, Toks, _O) ->
    {next, Cs, Line, Col, Toks}.

%% return_white_spaces cuts white space as OTP does: runs of up to 16 spaces or 10 tabs, a
%% newline with the up to 16 spaces or 10 tabs (or one CR or FF) after it, other runs up to
%% the next newline.
white_run([C | Cs], C, Max, Acc, Line, Col, Toks, O) when length(Acc) < Max ->
    white_run(Cs, C, Max, [C | Acc], Line, Col, Toks, O);
white_run([], _C, _Max, _Acc, _Line, _Col, _Toks, _O) ->
    more;
white_run(Cs, _C, _Max, Acc, Line, Col, Toks, O) ->
    add(white_space, Acc, Acc, Cs, Line, Col, Toks, O).

scan_newline([$\s | Cs], Line, Col, Toks, O) -> nl_run(Cs, $\s, 17, "\n ", Line, Col, Toks, O);
scan_newline([$\t | Cs], Line, Col, Toks, O) -> nl_run(Cs, $\t, 11, "\n\t", Line, Col, Toks, O);
scan_newline([$\r | Cs], Line, Col, Toks, O) -> add(white_space, "\n\r", "\n\r", Cs, Line, Col, Toks, O);
scan_newline([$\f | Cs], Line, Col, Toks, O) -> add(white_space, "\n\f", "\n\f", Cs, Line, Col, Toks, O);
scan_newline([], _Line, _Col, _Toks, _O) -> more;
scan_newline(Cs, Line, Col, Toks, O) -> nl_white(Cs, "\n", Line, Col, Toks, O).

nl_run([C | Cs], C, Max, Acc, Line, Col, Toks, O) when length(Acc) < Max ->
    nl_run(Cs, C, Max, Acc ++ [C], Line, Col, Toks, O);
nl_run([], _C, _Max, _Acc, _Line, _Col, _Toks, _O) ->
    more;
nl_run(Cs, _C, _Max, Acc, Line, Col, Toks, O) ->
    add(white_space, Acc, Acc, Cs, Line, Col, Toks, O).

nl_white([$\n | Cs], Acc, Line, Col, Toks, O) ->
    Anno = anno(Line, Col, white_space, Acc, O),
    {Line1, Col1} = advance(Acc, Line, Col),
    scan_newline(Cs, Line1, Col1, [{white_space, Anno, Acc} | Toks], O);
nl_white([C | Cs], Acc, Line, Col, Toks, O) when ?WHITE_SPACE(C) ->
    nl_white(Cs, Acc ++ [C], Line, Col, Toks, O);
nl_white([], _Acc, _Line, _Col, _Toks, _O) ->
    more;
nl_white(Cs, Acc, Line, Col, Toks, O) ->
    add(white_space, Acc, Acc, Cs, Line, Col, Toks, O).

white_other([$\n | _] = Cs, Acc, Line, Col, Toks, O) ->
    Text = lists:reverse(Acc),
    add(white_space, Text, Text, Cs, Line, Col, Toks, O);
white_other([C | Cs], Acc, Line, Col, Toks, O) when ?WHITE_SPACE(C) ->
    white_other(Cs, [C | Acc], Line, Col, Toks, O);
white_other([], _Acc, _Line, _Col, _Toks, _O) ->
    more;
white_other(Cs, Acc, Line, Col, Toks, O) ->
    Text = lists:reverse(Acc),
    add(white_space, Text, Text, Cs, Line, Col, Toks, O).

skip_comment([C | Cs], N, Line, Col, Toks, O) when C =/= $\n, is_integer(C), C >= 0 ->
    case ?UNICODE(C) of
        true -> skip_comment(Cs, N + 1, Line, Col, Toks, O);
        false -> scan_error({illegal, character}, Line, Col, Line, incr(Col, N + 1), Cs)
    end;
skip_comment([], _N, _Line, _Col, _Toks, _O) ->
    more;
skip_comment(Cs, N, Line, Col, Toks, _O) ->
    {next, Cs, Line, incr(Col, N), Toks}.

scan_comment([C | Cs], Acc, Line, Col, Toks, O) when C =/= $\n, is_integer(C), C >= 0 ->
    case ?UNICODE(C) of
        true -> scan_comment(Cs, [C | Acc], Line, Col, Toks, O);
        false -> scan_error({illegal, character}, Line, Col, Line,
                            incr(Col, length(Acc) + 1), Cs)
    end;
scan_comment([], _Acc, _Line, _Col, _Toks, _O) ->
    more;
scan_comment(Cs, Acc, Line, Col, Toks, O) ->
    Text = lists:reverse(Acc),
    add(comment, Text, Text, Cs, Line, Col, Toks, O).

%% ---- names ---------------------------------------------------------------------------------

scan_name([C | Cs], Acc, Kind, Line, Col, Toks, O) when ?NAME_CHAR(C) ->
    scan_name(Cs, [C | Acc], Kind, Line, Col, Toks, O);
scan_name([], _Acc, _Kind, _Line, _Col, _Toks, _O) ->
    more;
scan_name(Cs, Acc, Kind, Line, Col, Toks, O) ->
    Text = lists:reverse(Acc),
    case catch list_to_atom(Text) of
        Name when is_atom(Name), Kind =:= var ->
            add(var, Name, Text, Cs, Line, Col, Toks, O);
        Name when is_atom(Name) ->
            case (O#opts.resword)(Name) of
                true -> punct(Name, Text, Cs, Line, Col, Toks, O);
                false -> add(atom, Name, Text, Cs, Line, Col, Toks, O)
            end;
        _ ->
            scan_error({illegal, Kind}, Line, Col, Line, incr(Col, length(Text)), Cs)
    end.

%% ---- the dot -------------------------------------------------------------------------------

%% A dot ends a form when white space, a comment or the end follows; the white space
%% character belongs to the dot.
scan_dot([$% | _] = Cs, Line, Col, Toks, O) ->
    {ok, [{dot, anno(Line, Col, dot, ".", O)} | Toks], Cs, Line, incr(Col, 1)};
scan_dot([C | Cs], Line, Col, Toks, O) when ?WHITE_SPACE(C) ->
    Text = [$., C],
    {Line1, Col1} = advance(Text, Line, Col),
    {ok, [{dot, anno(Line, Col, dot, Text, O)} | Toks], Cs, Line1, Col1};
scan_dot(eof, Line, Col, Toks, O) ->
    {ok, [{dot, anno(Line, Col, dot, ".", O)} | Toks], eof, Line, incr(Col, 1)};
scan_dot(Cs, Line, Col, Toks, O) ->
    punct('.', ".", Cs, Line, Col, Toks, O).

%% ---- numbers -------------------------------------------------------------------------------

%% Digits with single underscores between two digits.
digits([C | Cs], Acc, IsDigit) ->
    case IsDigit(C) of
        true -> digits(Cs, [C | Acc], IsDigit);
        false -> underscore([C | Cs], Acc, IsDigit)
    end;
digits(Cs, Acc, _IsDigit) ->
    {Acc, Cs}.

underscore([$_, Next | Cs], [Prev | _] = Acc, IsDigit) ->
    case IsDigit(Next) andalso IsDigit(Prev) of
        true -> digits(Cs, [Next, $_ | Acc], IsDigit);
        false -> {Acc, [$_, Next | Cs]}
    end;
underscore([$_], _Acc, _IsDigit) ->
    more;
underscore(Cs, Acc, _IsDigit) ->
    {Acc, Cs}.

is_digit(C) -> is_integer(C) andalso ?DIGIT(C).

no_underscores(Text) -> [C || C <- Text, C =/= $_].

scan_number(Cs0, Acc0, Line, Col, Toks, O) ->
    case digits(Cs0, Acc0, fun is_digit/1) of
        more -> more;
        {Acc, [$., C | Cs]} when ?DIGIT(C) -> scan_fraction(Cs, [C, $. | Acc], Line, Col, Toks, O);
        {_Acc, [$.]} -> more;
        {_Acc, []} -> more;
        {Acc, [$# | Cs] = Cs1} ->
            Text = lists:reverse(Acc),
            case list_to_integer(no_underscores(Text)) of
                B when B >= 2, B =< 36 ->
                    scan_based(Cs, B, Text ++ "#", Line, Col, Toks, O);
                B ->
                    scan_error({base, B}, Line, Col, Line, incr(Col, length(Text)), Cs1)
            end;
        {Acc, Cs} ->
            Text = lists:reverse(Acc),
            add(integer, list_to_integer(no_underscores(Text)), Text, Cs, Line, Col, Toks, O)
    end.

scan_based(Cs0, B, Prefix, Line, Col, Toks, O) ->
    IsDigit = fun(C) -> based_digit(C, B) end,
    Start = case Cs0 of
                [$_] -> more;
                [C | Cs1] -> case IsDigit(C) of
                                true -> digits(Cs1, [C], IsDigit);
                                false -> {[], Cs0}
                            end;
                _ -> {[], Cs0}
            end,
    case Start of
        more -> more;
        {_Acc, []} -> more;
        {[], Cs} ->
            scan_error({illegal, integer}, Line, Col, Line, incr(Col, length(Prefix)), Cs);
        {Acc, Cs} ->
            Digits = lists:reverse(Acc),
            add(integer, list_to_integer(no_underscores(Digits), B), Prefix ++ Digits, Cs,
                Line, Col, Toks, O)
    end.

based_digit(C, B) when is_integer(C) ->
    (?DIGIT(C) andalso C < $0 + B)
        orelse (C >= $A andalso B > 10 andalso C < $A + B - 10)
        orelse (C >= $a andalso B > 10 andalso C < $a + B - 10);
based_digit(_, _) -> false.

scan_fraction(Cs0, Acc0, Line, Col, Toks, O) ->
    case digits(Cs0, Acc0, fun is_digit/1) of
        more -> more;
        {_Acc, []} -> more;
        {Acc, [E | Cs]} when E =:= $e; E =:= $E -> scan_exponent_sign(Cs, [E | Acc], Line, Col, Toks, O);
        {Acc, Cs} -> float_end(Cs, Acc, Line, Col, Toks, O)
    end.

scan_exponent_sign([S | Cs], Acc, Line, Col, Toks, O) when S =:= $+; S =:= $- ->
    scan_exponent(Cs, [S | Acc], Line, Col, Toks, O);
scan_exponent_sign([], _Acc, _Line, _Col, _Toks, _O) ->
    more;
scan_exponent_sign(Cs, Acc, Line, Col, Toks, O) ->
    scan_exponent(Cs, Acc, Line, Col, Toks, O).

scan_exponent(Cs0, Acc0, Line, Col, Toks, O) ->
    Scanned = case Cs0 of
                  [$_] -> more;
                  [C | Cs1] when is_integer(C), ?DIGIT(C) -> digits(Cs1, [C | Acc0], fun is_digit/1);
                  _ -> {Acc0, Cs0}
              end,
    case Scanned of
        more -> more;
        {_Acc, []} -> more;
        {Acc, Cs} -> float_end(Cs, Acc, Line, Col, Toks, O)
    end.

float_end(Cs, Acc, Line, Col, Toks, O) ->
    Text = lists:reverse(Acc),
    case catch list_to_float(no_underscores(Text)) of
        F when is_float(F) -> add(float, F, Text, Cs, Line, Col, Toks, O);
        _ -> scan_error({illegal, float}, Line, Col, Line, incr(Col, length(Text)), Cs)
    end.

%% ---- characters, strings, quoted atoms -----------------------------------------------------

scan_char([$\\ | Cs], Line, Col, Toks, O) ->
    case scan_escape(Cs, incr(Col, 2)) of
        more ->
            more;
        {error, Rest, Error, ECol} ->
            scan_error(Error, Line, Col, Line, ECol, Rest);
        {eof, ECol} ->
            scan_error(char, Line, Col, Line, ECol, eof);
        {Val, Raw, Rest, _Col} ->
            add(char, Val, "$\\" ++ Raw, Rest, Line, Col, Toks, O)
    end;
scan_char([C | Cs], Line, Col, Toks, O) when ?UNICODE(C) ->
    add(char, C, [$$, C], Cs, Line, Col, Toks, O);
scan_char([C | _], Line, Col, _Toks, _O) when is_integer(C), C >= 0 ->
    scan_error({illegal, character}, Line, Col, Line, incr(Col, 1), eof);
scan_char([], _Line, _Col, _Toks, _O) ->
    more;
scan_char(eof, Line, Col, _Toks, _O) ->
    scan_error(char, Line, Col, Line, incr(Col, 1), eof).

%% A string or quoted atom; Raw is its text so far (reversed), Chars its characters.
%% The column is tracked for the errors, which point inside the string.
scan_quoted(Cs, Q, Raw, Chars, Line, Col, Toks, O) ->
    {L, C} = advance(lists:reverse(Raw), Line, Col),
    quoted(Cs, Q, Raw, Chars, L, C, {Line, Col, Toks, O}).

quoted([Q | Cs], Q, Raw, Chars, _L, _C, {Line, Col, Toks, O}) ->
    Text = lists:reverse([Q | Raw]),
    Str = lists:reverse(Chars),
    case Q of
        $" ->
            add(string, Str, Text, Cs, Line, Col, Toks, O);
        $' ->
            case catch list_to_atom(Str) of
                A when is_atom(A) ->
                    add(atom, A, Text, Cs, Line, Col, Toks, O);
                _ ->
                    {EL, EC} = advance(Text, Line, Col),
                    scan_error({illegal, atom}, Line, Col, EL, EC, Cs)
            end
    end;
quoted([$\n | Cs], Q, Raw, Chars, L, C, Start) ->
    quoted(Cs, Q, [$\n | Raw], [$\n | Chars], L + 1, case C of no_col -> no_col; _ -> 1 end,
           Start);
quoted([$\\ | Cs], Q, Raw, Chars, L, C, Start) ->
    case scan_escape(Cs, C) of
        more ->
            quoted_more([$\\ | Cs], Q, Raw, Chars, L, C, Start);
        {error, Rest, Error, ECol} ->
            scan_error(Error, L, C, L, incr(ECol, 1), Rest);
        {eof, ECol} ->
            unterminated(Q, Chars, L, incr(ECol, 1), Start);
        {Val, Esc, Rest, _} ->
            {L1, C1} = advance([$\\ | Esc], L, C),
            quoted(Rest, Q, lists:reverse(Esc, [$\\ | Raw]), [Val | Chars], L1, C1, Start)
    end;
quoted([Ch | Cs], Q, Raw, Chars, L, C, Start) when ?UNICODE(Ch) ->
    quoted(Cs, Q, [Ch | Raw], [Ch | Chars], L, incr(C, 1), Start);
quoted([Ch | Cs], _Q, _Raw, _Chars, L, C, _Start) when is_integer(Ch), Ch >= 0 ->
    scan_error({illegal, character}, L, C, L, incr(C, 1), Cs);
quoted([], Q, Raw, Chars, L, C, Start) ->
    quoted_more([], Q, Raw, Chars, L, C, Start);
quoted(eof, Q, _Raw, Chars, L, C, Start) ->
    unterminated(Q, Chars, L, C, Start).

quoted_more(Cs, Q, Raw, Chars, L, C, {Line, Col, Toks, _O}) ->
    {quoted_more, {Cs, Q, Raw, Chars, L, C, {Line, Col, Toks}}}.

unterminated(Q, Chars, EndLine, EndCol, {Line, Col, _Toks, _O}) ->
    Head = string:slice(lists:reverse(Chars), 0, 16),
    scan_error({string, Q, Head}, Line, Col, EndLine, EndCol, eof).

%% The escape after a backslash: {Value, Text, Rest, Col} (Text: what followed the
%% backslash, Col advanced over it), more, {eof, Col} or {error, Rest, Error, Col}.
scan_escape([O1, O2, O3 | Cs], Col) when ?OCT(O1), ?OCT(O2), ?OCT(O3) ->
    {(O1 * 8 + O2) * 8 + O3 - 73 * $0, [O1, O2, O3], Cs, incr(Col, 3)};
scan_escape([O1, O2], _Col) when ?OCT(O1), ?OCT(O2) ->
    more;
scan_escape([O1, O2 | Cs], Col) when ?OCT(O1), ?OCT(O2) ->
    {O1 * 8 + O2 - 9 * $0, [O1, O2], Cs, incr(Col, 2)};
scan_escape([O1], _Col) when ?OCT(O1) ->
    more;
scan_escape([O1 | Cs], Col) when ?OCT(O1) ->
    {O1 - $0, [O1], Cs, incr(Col, 1)};
scan_escape([$x, ${ | Cs], Col) ->
    scan_hex(Cs, incr(Col, 2), []);
scan_escape([$x], _Col) ->
    more;
scan_escape([$x | eof], Col) ->
    {eof, incr(Col, 1)};
scan_escape([$x, H1, H2 | Cs], Col) when ?HEX(H1), ?HEX(H2) ->
    {list_to_integer([H1, H2], 16), [$x, H1, H2], Cs, incr(Col, 3)};
scan_escape([$x, H1], _Col) when ?HEX(H1) ->
    more;
scan_escape([$x | Cs], Col) ->
    {error, Cs, {illegal, character}, incr(Col, 1)};
scan_escape([$^, $\n | Cs], Col) ->
    {$\n, [$^, $\n], Cs, Col};
scan_escape([$^, C | Cs], Col) when is_integer(C), C >= 0 ->
    {C band 31, [$^, C], Cs, incr(Col, 2)};
scan_escape([$^], _Col) ->
    more;
scan_escape([$^ | eof], Col) ->
    {eof, incr(Col, 1)};
scan_escape([$\n | Cs], Col) ->
    {$\n, [$\n], Cs, Col};
scan_escape([C | Cs], Col) when ?UNICODE(C) ->
    {escape_char(C), [C], Cs, incr(Col, 1)};
scan_escape([C | Cs], Col) when is_integer(C), C >= 0 ->
    {error, Cs, {illegal, character}, incr(Col, 1)};
scan_escape([], _Col) ->
    more;
scan_escape(eof, Col) ->
    {eof, Col}.

scan_hex([C | Cs], Col, Acc) when ?HEX(C) ->
    scan_hex(Cs, incr(Col, 1), [C | Acc]);
scan_hex([$} | Cs], Col, Acc) ->
    Digits = lists:reverse(Acc),
    case catch list_to_integer(Digits, 16) of
        Val when ?UNICODE(Val) -> {Val, "x{" ++ Digits ++ "}", Cs, incr(Col, 1)};
        _ -> {error, Cs, {illegal, character}, incr(Col, 1)}
    end;
scan_hex([], _Col, _Acc) ->
    more;
scan_hex(eof, Col, _Acc) ->
    {eof, Col};
scan_hex(Cs, Col, _Acc) ->
    {error, Cs, {illegal, character}, Col}.

escape_char($n) -> $\n;
escape_char($r) -> $\r;
escape_char($t) -> $\t;
escape_char($v) -> $\v;
escape_char($b) -> $\b;
escape_char($f) -> $\f;
escape_char($e) -> $\e;
escape_char($s) -> $\s;
escape_char($d) -> $\d;
escape_char(C) -> C.
