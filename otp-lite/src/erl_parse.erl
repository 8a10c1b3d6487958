%% otp-lite: the parts of OTP 25's erl_parse that reading terms needs: parse_term/1 and
%% parse_exprs/1, normalise/1, abstract/1,2, format_error/1, first_anno/1, the operator
%% precedence queries and the annotation folds.
%%
%% A hand-written recursive-descent parser for Erlang's expression grammar (OTP 25's
%% erl_parse.yrl, without the maybe expression, which is off by default). It builds the
%% same abstract format, and it stops at the same token OTP's LALR parser does: the first
%% token that cannot continue any expression, reported as
%% {error, {Location, erl_parse, ["syntax error before: ", TokenText]}}. A term that is a
%% valid expression but not a literal (`1 + 2.`) is "bad term" at the expression's first
%% location, as in OTP. Forms (attributes, types, whole functions) are not parsed:
%% parse_form/1 is absent.
-module(erl_parse).

-export([parse_term/1, parse_exprs/1, normalise/1, abstract/1, abstract/2,
         format_error/1, first_anno/1, fold_anno/3, map_anno/2, mapfold_anno/3,
         inop_prec/1, preop_prec/1, func_prec/0, max_prec/0]).

-export_type([abstract_expr/0, error_info/0]).

-type abstract_expr() :: tuple().
-type error_info() :: {term(), module(), term()}.

%% ---- entry points --------------------------------------------------------------------------

parse_term(Tokens) ->
    A = 0,
    case parse([{atom, A, f}, {'(', A}, {')', A}, {'->', A} | Tokens]) of
        {ok, {function, _Af, f, 0, [{clause, _Ac, [], [], [Expr]}]}} ->
            try normalise(Expr) of
                Term -> {ok, Term}
            catch
                _:_ -> {error, {first_location(Expr), ?MODULE, "bad term"}}
            end;
        {ok, {function, _Af, f, 0, [{clause, _Ac, [], [], [_E1, E2 | _Es]}]}} ->
            {error, {first_location(E2), ?MODULE, "bad term"}};
        {error, _} = Err ->
            Err
    end.

parse_exprs(Tokens) ->
    A = 0,
    case parse([{atom, A, f}, {'(', A}, {')', A}, {'->', A} | Tokens]) of
        {ok, {function, _Af, f, 0, [{clause, _Ac, [], [], Exprs}]}} -> {ok, Exprs};
        {error, _} = Err -> Err
    end.

format_error(Message) ->
    case io_lib:deep_char_list(Message) of
        true -> Message;
        _ -> io_lib:write(Message)
    end.

%% The tokens of one function form (`f() -> ...`) followed by the end of the input.
parse(Tokens) ->
    Ts = Tokens ++ [{'$end', end_of(Tokens)}],
    try
        case function(Ts) of
            {Function, [{'$end', _}]} -> {ok, Function};
            {_, [Tok | _]} -> syntax_error(Tok)
        end
    catch
        throw:{error, {_, ?MODULE, _}} = Error -> Error
    end.

%% Where the input ends: just after the last token when its text is known, else at it.
end_of([]) ->
    999999;
end_of(Tokens) ->
    Last = lists:last(Tokens),
    case erl_scan:end_location(Last) of
        undefined -> token_location(Last);
        Loc -> Loc
    end.

syntax_error(Tok) ->
    throw({error, {token_location(Tok), ?MODULE, ["syntax error before: ", token_text(Tok)]}}).

return_error(Location, Message) ->
    throw({error, {Location, ?MODULE, Message}}).

token_location(Tok) -> location(element(2, Tok)).

token_text(Tok) ->
    case text(element(2, Tok)) of
        undefined ->
            try token_string(Tok)
            catch _:_ -> io_lib:format("~tp", [Tok])
            end;
        Text ->
            Text
    end.

token_string({atom, _, A}) -> lists:flatten(io_lib:write_atom(A));
token_string({integer, _, N}) -> integer_to_list(N);
token_string({float, _, F}) -> lists:flatten(io_lib:write(F));
token_string({char, _, C}) -> lists:flatten(io_lib:write_char(C));
token_string({var, _, V}) -> atom_to_list(V);
token_string({string, _, S}) -> lists:flatten(io_lib:write_string(S));
token_string({reserved_symbol, _, A}) -> lists:flatten(io_lib:write(A));
token_string({_Cat, _, Val}) -> [lists:flatten(io_lib:format("~tp", [Val]))];
token_string({dot, _}) -> "'.'";
token_string({'$end', _}) -> [];
token_string({Other, _}) when is_atom(Other) -> lists:flatten(io_lib:write_atom(Other));
token_string(Other) -> [lists:flatten(io_lib:format("~tp", [Other]))].

%% ---- annotations ---------------------------------------------------------------------------

location(Line) when is_integer(Line) -> Line;
location({Line, Col} = Loc) when is_integer(Line), is_integer(Col) -> Loc;
location(Anno) when is_list(Anno) ->
    case lists:keyfind(location, 1, Anno) of
        {location, Loc} -> Loc;
        false -> 0
    end.

text(Anno) when is_list(Anno) ->
    case lists:keyfind(text, 1, Anno) of
        {text, Text} -> Text;
        false -> undefined
    end;
text(_) ->
    undefined.

anno(Tok) -> element(2, Tok).

%% The leftmost annotation: walking the tree from the left, the smallest location seen
%% before a larger one turns up.
first_anno(Abstract) ->
    Anno0 = element(2, Abstract),
    F = fun(Anno, Anno1) ->
                case loc_lte(location(Anno), location(Anno1)) of
                    true -> Anno;
                    false -> throw(Anno1)
                end
        end,
    catch fold_anno(F, Anno0, Abstract).

first_location(Abstract) -> location(first_anno(Abstract)).

last_anno(Abstract) ->
    F = fun(Anno, '*') -> Anno;
           (Anno, Anno0) ->
                case loc_lte(Anno, Anno0) of
                    true -> Anno0;
                    false -> Anno
                end
        end,
    Anno = fold_anno(F, '*', Abstract),
    case text(Anno) of
        undefined ->
            Anno;
        _ ->
            End = erl_scan:end_location({x, Anno}),
            lists:keyreplace(location, 1, Anno, {location, End})
    end.

loc_lte(Line1, Location2) when is_integer(Line1) -> loc_lte({Line1, 1}, Location2);
loc_lte(Location1, Line2) when is_integer(Line2) -> loc_lte(Location1, {Line2, 1});
loc_lte(Location1, Location2) -> Location1 =< Location2.

fold_anno(F, Acc0, Abstract) ->
    {_, Acc} = modify_anno(Abstract, Acc0, fun(A, Acc) -> {A, F(A, Acc)} end),
    Acc.

map_anno(F, Abstract) ->
    {New, []} = modify_anno(Abstract, [], fun(A, Acc) -> {F(A), Acc} end),
    New.

mapfold_anno(F, Acc0, Abstract) ->
    modify_anno(Abstract, Acc0, F).

%% Visits annotations left to right, a node's own before its children's.
modify_anno({function, F, A}, Acc, _Mf) ->
    {{function, F, A}, Acc};
modify_anno({function, M, F, A}, Acc0, Mf) ->
    {[M1, F1, A1], Acc} = modify_anno([M, F, A], Acc0, Mf),
    {{function, M1, F1, A1}, Acc};
modify_anno({clauses, Cs}, Acc0, Mf) ->
    {Cs1, Acc} = modify_anno(Cs, Acc0, Mf),
    {{clauses, Cs1}, Acc};
modify_anno({bin_element, A, E1, E2, TSL}, Acc0, Mf) ->
    {A1, Acc1} = Mf(A, Acc0),
    {[E11, E21], Acc} = modify_anno([E1, E2], Acc1, Mf),
    {{bin_element, A1, E11, E21, TSL}, Acc};
modify_anno(T, Acc0, Mf) when is_tuple(T), tuple_size(T) >= 2, tuple_size(T) =< 6,
                              is_atom(element(1, T)) ->
    [Tag, A | Es] = tuple_to_list(T),
    {A1, Acc1} = Mf(A, Acc0),
    {Es1, Acc} = modify_anno(Es, Acc1, Mf),
    {list_to_tuple([Tag, A1 | Es1]), Acc};
modify_anno([H | T], Acc0, Mf) ->
    {H1, Acc1} = modify_anno(H, Acc0, Mf),
    {T1, Acc} = modify_anno(T, Acc1, Mf),
    {[H1 | T1], Acc};
modify_anno(Other, Acc, _Mf) ->
    {Other, Acc}.

%% ---- the grammar ---------------------------------------------------------------------------
%%
%% Each function takes the remaining tokens and returns {Abstract, Rest}; a token that
%% cannot come next throws the syntax error.

function(Ts0) ->
    {Clauses, Ts1} = function_clauses(Ts0),
    Function = build_function(Clauses),
    case Ts1 of
        [{dot, _} | Ts] -> {Function, Ts};
        [Tok | _] -> syntax_error(Tok)
    end.

function_clauses(Ts0) ->
    {Clause, Ts1} = function_clause(Ts0),
    case Ts1 of
        [{';', _} | Ts2] ->
            {More, Ts3} = function_clauses(Ts2),
            {[Clause | More], Ts3};
        _ ->
            {[Clause], Ts1}
    end.

function_clause([{atom, A, Name} | Ts0]) ->
    {{Args, _}, Ts1} = argument_list(Ts0, pat),
    {Guard, Ts2} = clause_guard(Ts1),
    {Body, Ts3} = clause_body(Ts2),
    {{clause, A, Name, Args, Guard, Body}, Ts3};
function_clause([Tok | _]) ->
    syntax_error(Tok).

build_function(Cs) ->
    Name = element(3, hd(Cs)),
    Arity = length(element(4, hd(Cs))),
    {function, anno(hd(Cs)), Name, Arity, check_clauses(Cs, Name, Arity)}.

check_clauses(Cs, Name, Arity) ->
    [case C of
         {clause, A, N, As, G, B} when N =:= Name, length(As) =:= Arity -> {clause, A, As, G, B};
         {clause, A, _N, _As, _G, _B} -> return_error(location(A), "head mismatch")
     end || C <- Cs].

clause_guard([{'when', _} | Ts]) -> guard(Ts);
clause_guard(Ts) -> {[], Ts}.

clause_body([{'->', _} | Ts]) -> exprs(Ts);
clause_body([Tok | _]) -> syntax_error(Tok).

guard(Ts0) ->
    {Es, Ts1} = exprs(Ts0),
    case Ts1 of
        [{';', _} | Ts2] ->
            {More, Ts3} = guard(Ts2),
            {[Es | More], Ts3};
        _ ->
            {[Es], Ts1}
    end.

exprs(Ts0) -> exprs(Ts0, expr).

exprs(Ts0, Mode) ->
    {E, Ts1} = expr(Ts0, Mode),
    case Ts1 of
        [{',', _} | Ts2] ->
            {More, Ts3} = exprs(Ts2, Mode),
            {[E | More], Ts3};
        _ ->
            {[E], Ts1}
    end.

%% Expressions by precedence climbing. Mode is expr or pat (the patterns of fun heads and
%% try clauses: no catch, send, orelse/andalso, calls, remote, comprehensions or blocks).

expr(Ts, Mode) -> binary_ops(0, Ts, Mode).

binary_ops(Min, Ts0, Mode) ->
    {Left, Ts1} = unary(Ts0, Mode),
    binary_ops_rest(Left, Min, Ts1, Mode).

binary_ops_rest(Left, Min, [Tok | Ts] = Ts0, Mode) ->
    case infix(Tok, Mode) of
        {Prec, Assoc} when Prec >= Min ->
            RightMin = case Assoc of right -> Prec; _ -> Prec + 1 end,
            {Right, Ts1} = binary_ops(RightMin, Ts, Mode),
            Node = case element(1, Tok) of
                       '=' -> {match, first_anno(Left), Left, Right};
                       Op -> {op, anno(Tok), Op, Left, Right}
                   end,
            case {Assoc, Ts1} of
                {nonassoc, [Next | _]} ->
                    case infix(Next, Mode) of
                        {Prec, _} -> syntax_error(Next);
                        _ -> ok
                    end;
                _ ->
                    ok
            end,
            binary_ops_rest(Node, Min, Ts1, Mode);
        _ ->
            {Left, Ts0}
    end.

%% {Precedence, Associativity} of a binary operator token (none if it is not one here).
infix({Op, _}, Mode) -> infix_op(Op, Mode);
infix(_, _Mode) -> none.

infix_op('=', _) -> {100, right};
infix_op('!', expr) -> {100, right};
infix_op('orelse', expr) -> {150, right};
infix_op('andalso', expr) -> {160, right};
infix_op(Op, _) when Op =:= '=='; Op =:= '/='; Op =:= '=<'; Op =:= '<'; Op =:= '>=';
                     Op =:= '>'; Op =:= '=:='; Op =:= '=/=' -> {200, nonassoc};
infix_op(Op, _) when Op =:= '++'; Op =:= '--' -> {300, right};
infix_op(Op, _) when Op =:= '+'; Op =:= '-'; Op =:= 'bor'; Op =:= 'bxor'; Op =:= 'bsl';
                     Op =:= 'bsr'; Op =:= 'or'; Op =:= 'xor' -> {400, left};
infix_op(Op, _) when Op =:= '/'; Op =:= '*'; Op =:= 'div'; Op =:= 'rem'; Op =:= 'band';
                     Op =:= 'and' -> {500, left};
infix_op(_, _) -> none.

is_prefix_op({Op, _}) -> Op =:= '+' orelse Op =:= '-' orelse Op =:= 'bnot' orelse Op =:= 'not';
is_prefix_op(_) -> false.

%% 'catch' takes everything after it; a prefix operator takes what binds tighter.
unary([{'catch', A} | Ts0], expr) ->
    {E, Ts1} = expr(Ts0, expr),
    {{'catch', A, E}, Ts1};
unary([Tok | Ts0], Mode) ->
    case is_prefix_op(Tok) of
        true ->
            {E, Ts1} = unary(Ts0, Mode),
            {{op, anno(Tok), element(1, Tok), E}, Ts1};
        false ->
            primary([Tok | Ts0], Mode)
    end.

%% map_expr, record_expr, function_call, expr_remote (or their pattern forms).
primary([{'#', _} | _] = Ts0, Mode) ->
    {E, Ts1} = hash_expr(none, Ts0, Mode),
    case Mode of
        pat -> {E, Ts1};
        expr -> hash_chain(E, kind(E), Ts1)
    end;
primary(Ts0, pat) ->
    expr_max(Ts0, pat);
primary(Ts0, expr) ->
    {E, Ts1} = expr_max(Ts0, expr),
    primary_rest(E, Ts1).

primary_rest(E, [{':', A} | Ts0]) ->
    {F, Ts1} = expr_max(Ts0, expr),
    Remote = {remote, A, E, F},
    case Ts1 of
        [{'(', _} | _] -> call(Remote, Ts1);
        _ -> {Remote, Ts1}
    end;
primary_rest(E, [{'(', _} | _] = Ts0) ->
    call(E, Ts0);
primary_rest(E, [{'#', _} | _] = Ts0) ->
    {E1, Ts1} = hash_expr(E, Ts0, expr),
    hash_chain(E1, kind(E1), Ts1);
primary_rest(E, Ts) ->
    {E, Ts}.

call(F, Ts0) ->
    {{Args, _}, Ts1} = argument_list(Ts0, expr),
    {{call, first_anno(F), F, Args}, Ts1}.

kind({map, _, _}) -> map;
kind({map, _, _, _}) -> map;
kind(_) -> record.

%% After a map (update) only map updates follow, after a record only record forms.
hash_chain(E, Kind, [{'#', _}, Next | _] = Ts0) ->
    case {Kind, element(1, Next)} of
        {map, '{'} -> ok;
        {record, atom} -> ok;
        _ -> syntax_error(Next)
    end,
    {E1, Ts1} = hash_expr(E, Ts0, expr),
    hash_chain(E1, Kind, Ts1);
hash_chain(E, _Kind, Ts) ->
    {E, Ts}.

%% '#' map_tuple | '#' atom '.' atom | '#' atom record_tuple, on Base (none: a new one).
hash_expr(Base, [{'#', A} | Ts0], _Mode) ->
    case Ts0 of
        [{'{', _} | _] ->
            {Fields, Ts1} = map_tuple(Ts0),
            case Base of
                none -> {{map, A, Fields}, Ts1};
                _ -> {{map, A, Base, Fields}, Ts1}
            end;
        [{atom, _, Name} | Ts1] ->
            case Ts1 of
                [{'.', _}, {atom, _, _} = Field | Ts2] ->
                    case Base of
                        none -> {{record_index, A, Name, Field}, Ts2};
                        _ -> {{record_field, A, Base, Name, Field}, Ts2}
                    end;
                [{'.', _}, Tok | _] ->
                    syntax_error(Tok);
                [{'{', _} | _] ->
                    {Fields, Ts2} = record_tuple(Ts1),
                    case Base of
                        none -> {{record, A, Name, Fields}, Ts2};
                        _ -> {{record, A, Base, Name, Fields}, Ts2}
                    end;
                [Tok | _] ->
                    syntax_error(Tok)
            end;
        [Tok | _] ->
            syntax_error(Tok)
    end.

map_tuple([{'{', _}, {'}', _} | Ts]) ->
    {[], Ts};
map_tuple([{'{', _} | Ts0]) ->
    fields(Ts0, fun map_field/1).

record_tuple([{'{', _}, {'}', _} | Ts]) ->
    {[], Ts};
record_tuple([{'{', _} | Ts0]) ->
    fields(Ts0, fun record_field/1).

fields(Ts0, Field) ->
    {F, Ts1} = Field(Ts0),
    case Ts1 of
        [{',', _} | Ts2] ->
            {More, Ts3} = fields(Ts2, Field),
            {[F | More], Ts3};
        [{'}', _} | Ts2] ->
            {[F], Ts2};
        [Tok | _] ->
            syntax_error(Tok)
    end.

map_field(Ts0) ->
    {Key, Ts1} = expr(Ts0, expr),
    case Ts1 of
        [{'=>', A} | Ts2] ->
            {Value, Ts3} = expr(Ts2, expr),
            {{map_field_assoc, A, Key, Value}, Ts3};
        [{':=', A} | Ts2] ->
            {Value, Ts3} = expr(Ts2, expr),
            {{map_field_exact, A, Key, Value}, Ts3};
        [Tok | _] ->
            syntax_error(Tok)
    end.

record_field([{Cat, A, _} = Name, {'=', _} | Ts0]) when Cat =:= var; Cat =:= atom ->
    {Value, Ts1} = expr(Ts0, expr),
    {{record_field, A, Name, Value}, Ts1};
record_field([{Cat, _, _}, Tok | _]) when Cat =:= var; Cat =:= atom ->
    syntax_error(Tok);
record_field([Tok | _]) ->
    syntax_error(Tok).

argument_list([{'(', A}, {')', _} | Ts], _Mode) ->
    {{[], A}, Ts};
argument_list([{'(', A} | Ts0], Mode) ->
    {Args, Ts1} = exprs(Ts0, Mode),
    case Ts1 of
        [{')', _} | Ts2] -> {{Args, A}, Ts2};
        [Tok | _] -> syntax_error(Tok)
    end;
argument_list([Tok | _], _Mode) ->
    syntax_error(Tok).

%% expr_max (pat_expr_max in pat mode).
expr_max([{var, _, _} = V | Ts], _Mode) ->
    {V, Ts};
expr_max([{Cat, _, _} = Tok | Ts], _Mode) when Cat =:= char; Cat =:= integer;
                                               Cat =:= float; Cat =:= atom ->
    {Tok, Ts};
expr_max([{string, _, _} | _] = Ts, _Mode) ->
    strings(Ts);
expr_max([{'[', _} | _] = Ts, Mode) ->
    list(Ts, Mode);
expr_max([{'<<', _} | _] = Ts, Mode) ->
    binary(Ts, Mode);
expr_max([{'{', A}, {'}', _} | Ts], _Mode) ->
    {{tuple, A, []}, Ts};
expr_max([{'{', A} | Ts0], _Mode) ->
    {Es, Ts1} = exprs(Ts0),
    case Ts1 of
        [{'}', _} | Ts2] -> {{tuple, A, Es}, Ts2};
        [Tok | _] -> syntax_error(Tok)
    end;
expr_max([{'(', _} | Ts0], Mode) ->
    {E, Ts1} = expr(Ts0, Mode),
    case Ts1 of
        [{')', _} | Ts2] -> {E, Ts2};
        [Tok | _] -> syntax_error(Tok)
    end;
expr_max([{'begin', A} | Ts0], expr) ->
    {Es, Ts1} = exprs(Ts0),
    {_, Ts2} = expect('end', Ts1),
    {{block, A, Es}, Ts2};
expr_max([{'if', A} | Ts0], expr) ->
    {Cs, Ts1} = clauses(Ts0, fun if_clause/1),
    {_, Ts2} = expect('end', Ts1),
    {{'if', A, Cs}, Ts2};
expr_max([{'case', A} | Ts0], expr) ->
    {E, Ts1} = expr(Ts0, expr),
    {_, Ts2} = expect('of', Ts1),
    {Cs, Ts3} = clauses(Ts2, fun cr_clause/1),
    {_, Ts4} = expect('end', Ts3),
    {{'case', A, E, Cs}, Ts4};
expr_max([{'receive', A} | Ts0], expr) ->
    receive_expr(A, Ts0);
expr_max([{'fun', A} | Ts0], expr) ->
    fun_expr(A, Ts0);
expr_max([{'try', A} | Ts0], expr) ->
    try_expr(A, Ts0);
expr_max([Tok | _], _Mode) ->
    syntax_error(Tok).

expect(Cat, [{Cat, _} = Tok | Ts]) -> {Tok, Ts};
expect(_Cat, [Tok | _]) -> syntax_error(Tok).

strings([{string, A, S1}, {string, _, _} | _] = [_ | Ts0]) ->
    {{string, _, S2}, Ts1} = strings(Ts0),
    {{string, A, S1 ++ S2}, Ts1};
strings([{string, _, _} = S | Ts]) ->
    {S, Ts}.

list([{'[', A}, {']', _} | Ts], _Mode) ->
    {{nil, A}, Ts};
list([{'[', A} | Ts0], Mode) ->
    {E, Ts1} = expr(Ts0, expr),
    case Ts1 of
        [{'||', _} | Ts2] when Mode =:= expr ->
            {Qs, Ts3} = lc_exprs(Ts2),
            {_, Ts4} = expect(']', Ts3),
            {{lc, A, E, Qs}, Ts4};
        _ ->
            {Tail, Ts2} = tail(Ts1),
            {{cons, A, E, Tail}, Ts2}
    end.

tail([{']', A} | Ts]) ->
    {{nil, A}, Ts};
tail([{'|', _} | Ts0]) ->
    {E, Ts1} = expr(Ts0, expr),
    {_, Ts2} = expect(']', Ts1),
    {E, Ts2};
tail([{',', _} | Ts0]) ->
    {E, Ts1} = expr(Ts0, expr),
    {Tail, Ts2} = tail(Ts1),
    {{cons, first_anno(E), E, Tail}, Ts2};
tail([Tok | _]) ->
    syntax_error(Tok).

binary([{'<<', A}, {'>>', _} | Ts], _Mode) ->
    {{bin, A, []}, Ts};
binary([{'<<', A} | [Tok | _] = Ts0], Mode) ->
    case is_prefix_op(Tok) of
        true ->
            bin_elements(A, Ts0, []);
        false ->
            {E, Ts1} = expr_max(Ts0, expr),
            case Ts1 of
                [{'||', _} | Ts2] when Mode =:= expr ->
                    {Qs, Ts3} = lc_exprs(Ts2),
                    {_, Ts4} = expect('>>', Ts3),
                    {{bc, A, E, Qs}, Ts4};
                _ ->
                    bin_elements_after(A, E, Ts1, [])
            end
    end.

bin_elements(A, [Tok | Ts0] = Ts, Acc) ->
    case is_prefix_op(Tok) of
        true ->
            {E, Ts1} = expr_max(Ts0, expr),
            bin_elements_after(A, {op, anno(Tok), element(1, Tok), E}, Ts1, Acc);
        false ->
            {E, Ts1} = expr_max(Ts, expr),
            bin_elements_after(A, E, Ts1, Acc)
    end.

bin_elements_after(A, BitExpr, Ts0, Acc) ->
    {Size, Ts1} = case Ts0 of
                      [{':', _} | T] -> expr_max(T, expr);
                      _ -> {default, Ts0}
                  end,
    {Types, Ts2} = case Ts1 of
                       [{'/', _} | T2] -> bit_types(T2);
                       _ -> {default, Ts1}
                   end,
    Element = {bin_element, first_anno(BitExpr), BitExpr, Size, Types},
    case Ts2 of
        [{',', _} | Ts3] -> bin_elements(A, Ts3, [Element | Acc]);
        [{'>>', _} | Ts3] -> {{bin, A, lists:reverse(Acc, [Element])}, Ts3};
        [Tok | _] -> syntax_error(Tok)
    end.

bit_types(Ts0) ->
    {Type, Ts1} = case Ts0 of
                      [{atom, _, Name}, {':', _}, {integer, _, N} | T] -> {{Name, N}, T};
                      [{atom, _, _}, {':', _}, Tok | _] -> syntax_error(Tok);
                      [{atom, _, Name} | T] -> {Name, T};
                      [Tok | _] -> syntax_error(Tok)
                  end,
    case Ts1 of
        [{'-', _} | Ts2] ->
            {More, Ts3} = bit_types(Ts2),
            {[Type | More], Ts3};
        _ ->
            {[Type], Ts1}
    end.

lc_exprs(Ts0) ->
    {Q, Ts1} = lc_expr(Ts0),
    case Ts1 of
        [{',', _} | Ts2] ->
            {More, Ts3} = lc_exprs(Ts2),
            {[Q | More], Ts3};
        _ ->
            {[Q], Ts1}
    end.

%% expr | expr '<-' expr | binary '<=' expr (the binary exactly, nothing around it).
lc_expr([{'<<', _} | _] = Ts0) ->
    {Bin, Ts1} = binary(Ts0, expr),
    case Ts1 of
        [{'<=', A} | Ts2] when element(1, Bin) =:= bin ->
            {E, Ts3} = expr(Ts2, expr),
            {{b_generate, A, Bin, E}, Ts3};
        _ ->
            {P, Ts2} = primary_rest(Bin, Ts1),
            {E, Ts3} = binary_ops_rest(P, 0, Ts2, expr),
            generator(E, Ts3)
    end;
lc_expr(Ts0) ->
    {E, Ts1} = expr(Ts0, expr),
    generator(E, Ts1).

generator(P, [{'<-', A} | Ts0]) ->
    {E, Ts1} = expr(Ts0, expr),
    {{generate, A, P, E}, Ts1};
generator(E, Ts) ->
    {E, Ts}.

clauses(Ts0, Clause) ->
    {C, Ts1} = Clause(Ts0),
    case Ts1 of
        [{';', _} | Ts2] ->
            {More, Ts3} = clauses(Ts2, Clause),
            {[C | More], Ts3};
        _ ->
            {[C], Ts1}
    end.

if_clause(Ts0) ->
    {Guard, Ts1} = guard(Ts0),
    {Body, Ts2} = clause_body(Ts1),
    {{clause, first_anno(hd(hd(Guard))), [], Guard, Body}, Ts2}.

cr_clause(Ts0) ->
    {P, Ts1} = expr(Ts0, expr),
    {Guard, Ts2} = clause_guard(Ts1),
    {Body, Ts3} = clause_body(Ts2),
    {{clause, first_anno(P), [P], Guard, Body}, Ts3}.

receive_expr(A, [{'after', _} | Ts0]) ->
    {T, Ts1} = expr(Ts0, expr),
    {B, Ts2} = clause_body(Ts1),
    {_, Ts3} = expect('end', Ts2),
    {{'receive', A, [], T, B}, Ts3};
receive_expr(A, Ts0) ->
    {Cs, Ts1} = clauses(Ts0, fun cr_clause/1),
    case Ts1 of
        [{'after', _} | Ts2] ->
            {T, Ts3} = expr(Ts2, expr),
            {B, Ts4} = clause_body(Ts3),
            {_, Ts5} = expect('end', Ts4),
            {{'receive', A, Cs, T, B}, Ts5};
        _ ->
            {_, Ts2} = expect('end', Ts1),
            {{'receive', A, Cs}, Ts2}
    end.

fun_expr(A, [{atom, _, Name}, {'/', _}, {integer, _, Arity} | Ts]) ->
    {{'fun', A, {function, Name, Arity}}, Ts};
fun_expr(_A, [{atom, _, _}, {'/', _}, Tok | _]) ->
    syntax_error(Tok);
fun_expr(A, [{MCat, _, _} = M, {':', _} | Ts0]) when MCat =:= atom; MCat =:= var ->
    case Ts0 of
        [{FCat, _, _} = F, {'/', _}, {ACat, _, _} = Ar | Ts]
          when (FCat =:= atom orelse FCat =:= var), (ACat =:= integer orelse ACat =:= var) ->
            {{'fun', A, {function, M, F, Ar}}, Ts};
        [{FCat, _, _}, {'/', _}, Tok | _] when FCat =:= atom; FCat =:= var ->
            syntax_error(Tok);
        [{FCat, _, _}, Tok | _] when FCat =:= atom; FCat =:= var ->
            syntax_error(Tok);
        [Tok | _] ->
            syntax_error(Tok)
    end;
fun_expr(_A, [{atom, _, _}, Tok | _]) ->
    syntax_error(Tok);
fun_expr(A, Ts0) ->
    {Cs, Ts1} = clauses(Ts0, fun fun_clause/1),
    {_, Ts2} = expect('end', Ts1),
    {build_fun(A, Cs), Ts2}.

fun_clause([{var, A, Name} | Ts0]) ->
    {{Args, _}, Ts1} = argument_list(Ts0, pat),
    {Guard, Ts2} = clause_guard(Ts1),
    {Body, Ts3} = clause_body(Ts2),
    {{clause, A, Name, Args, Guard, Body}, Ts3};
fun_clause(Ts0) ->
    {{Args, A}, Ts1} = argument_list(Ts0, pat),
    {Guard, Ts2} = clause_guard(Ts1),
    {Body, Ts3} = clause_body(Ts2),
    {{clause, A, 'fun', Args, Guard, Body}, Ts3}.

build_fun(Anno, Cs) ->
    Name = element(3, hd(Cs)),
    Arity = length(element(4, hd(Cs))),
    Checked = check_clauses(Cs, Name, Arity),
    case Name of
        'fun' -> {'fun', Anno, {clauses, Checked}};
        _ -> {named_fun, Anno, Name, Checked}
    end.

try_expr(A, Ts0) ->
    {Es, Ts1} = exprs(Ts0),
    {Scs, Ts2} = case Ts1 of
                     [{'of', _} | T] -> clauses(T, fun cr_clause/1);
                     _ -> {[], Ts1}
                 end,
    {{Ccs, As}, Ts3} = try_catch(Ts2),
    {{'try', A, Es, Scs, Ccs, As}, Ts3}.

try_catch([{'catch', _} | Ts0]) ->
    {Cs, Ts1} = clauses(Ts0, fun try_clause/1),
    case Ts1 of
        [{'after', _} | Ts2] ->
            {As, Ts3} = exprs(Ts2),
            {_, Ts4} = expect('end', Ts3),
            {{Cs, As}, Ts4};
        _ ->
            {_, Ts2} = expect('end', Ts1),
            {{Cs, []}, Ts2}
    end;
try_catch([{'after', _} | Ts0]) ->
    {As, Ts1} = exprs(Ts0),
    {_, Ts2} = expect('end', Ts1),
    {{[], As}, Ts2};
try_catch([Tok | _]) ->
    syntax_error(Tok).

try_clause([{Cat, A, _} = Class, {':', _} | Ts0]) when Cat =:= atom; Cat =:= var ->
    {P, Ts1} = expr(Ts0, pat),
    {Stack, Ts2} = case Ts1 of
                       [{':', _}, {var, _, _} = V | T] -> {V, T};
                       [{':', _}, Tok | _] -> syntax_error(Tok);
                       _ -> {{var, last_anno(P), '_'}, Ts1}
                   end,
    {Guard, Ts3} = clause_guard(Ts2),
    {Body, Ts4} = clause_body(Ts3),
    {{clause, A, [{tuple, A, [Class, P, Stack]}], Guard, Body}, Ts4};
try_clause(Ts0) ->
    {P, Ts1} = expr(Ts0, pat),
    {Guard, Ts2} = clause_guard(Ts1),
    {Body, Ts3} = clause_body(Ts2),
    A = first_anno(P),
    Az = last_anno(P),
    {{clause, A, [{tuple, A, [{atom, A, throw}, P, {var, Az, '_'}]}], Guard, Body}, Ts3}.

%% ---- precedences ---------------------------------------------------------------------------

inop_prec('=') -> {150, 100, 100};
inop_prec('!') -> {150, 100, 100};
inop_prec('orelse') -> {160, 150, 150};
inop_prec('andalso') -> {200, 160, 160};
inop_prec(Op) when Op =:= '=='; Op =:= '/='; Op =:= '=<'; Op =:= '<'; Op =:= '>=';
                   Op =:= '>'; Op =:= '=:='; Op =:= '=/=' -> {300, 200, 300};
inop_prec(Op) when Op =:= '++'; Op =:= '--' -> {400, 300, 300};
inop_prec(Op) when Op =:= '+'; Op =:= '-'; Op =:= 'bor'; Op =:= 'bxor'; Op =:= 'bsl';
                   Op =:= 'bsr'; Op =:= 'or'; Op =:= 'xor' -> {400, 400, 500};
inop_prec(Op) when Op =:= '*'; Op =:= '/'; Op =:= 'div'; Op =:= 'rem'; Op =:= 'band';
                   Op =:= 'and' -> {500, 500, 600};
inop_prec('#') -> {800, 700, 800};
inop_prec(':') -> {900, 800, 900};
inop_prec('.') -> {900, 900, 1000}.

preop_prec('catch') -> {0, 100};
preop_prec(Op) when Op =:= '+'; Op =:= '-'; Op =:= 'bnot'; Op =:= 'not' -> {600, 700};
preop_prec('#') -> {700, 800}.

func_prec() -> {800, 700}.

max_prec() -> 900.

%% ---- terms ---------------------------------------------------------------------------------

normalise({char, _, C}) -> C;
normalise({integer, _, I}) -> I;
normalise({float, _, F}) -> F;
normalise({atom, _, A}) -> A;
normalise({string, _, S}) -> S;
normalise({nil, _}) -> [];
normalise({bin, _, Fs}) -> << <<(bin_segment(F))/bitstring>> || F <- Fs >>;
normalise({cons, _, Head, Tail}) -> [normalise(Head) | normalise(Tail)];
normalise({tuple, _, Args}) -> list_to_tuple([normalise(A) || A <- Args]);
normalise({map, _, Pairs} = M) ->
    maps:from_list(lists:map(fun({map_field_assoc, _, K, V}) -> {normalise(K), normalise(V)};
                                (_) -> erlang:error({badarg, M})
                             end, Pairs));
normalise({'fun', _, {function, {atom, _, M}, {atom, _, F}, {integer, _, A}}}) ->
    fun M:F/A;
normalise({op, _, '+', {char, _, I}}) -> I;
normalise({op, _, '+', {integer, _, I}}) -> I;
normalise({op, _, '+', {float, _, F}}) -> F;
normalise({op, _, '-', {char, _, I}}) -> -I;
normalise({op, _, '-', {integer, _, I}}) -> -I;
normalise({op, _, '-', {float, _, F}}) -> -F;
normalise(X) -> erlang:error({badarg, X}).

%% A literal binary segment, checked as OTP's erl_bits/eval_bits check it; any failure is
%% an error (parse_term turns it into "bad term").
bin_segment({bin_element, _, {string, _, S}, Size0, Types}) ->
    {Type, Unit, Endian} = bit_type(Size0, Types),
    Size = bit_size_value(Size0, Type),
    << <<(bin_value(C, Type, Size, Unit, Endian))/bitstring>> || C <- S >>;
bin_segment({bin_element, _, Value, Size0, Types}) ->
    {Type, Unit, Endian} = bit_type(Size0, Types),
    Size = bit_size_value(Size0, Type),
    bin_value(normalise(Value), Type, Size, Unit, Endian).

bit_size_value(default, binary) -> all;
bit_size_value(default, integer) -> 8;
bit_size_value(default, float) -> 64;
bit_size_value(default, _Utf) -> undefined;
bit_size_value(Size, _Type) -> normalise(Size).

%% {Type, Unit, Endian} from the type list (signedness does not change construction).
bit_type(Size, default) ->
    bit_type(Size, []);
bit_type(Size, Types) ->
    Merged = lists:foldl(fun merge_bit_type/2, {undefined, undefined, undefined, undefined},
                         [type_field(T) || T <- Types]),
    {Type0, Unit0, _Sign, Endian0} = Merged,
    Type = case Type0 of undefined -> integer; _ -> Type0 end,
    Endian = case Endian0 of undefined -> big; _ -> Endian0 end,
    Unit = case {Type, Size, Unit0} of
               {integer, default, undefined} -> 1;
               {integer, default, _} -> erlang:error(badarg);
               {float, default, undefined} -> 1;
               {float, default, _} -> erlang:error(badarg);
               {binary, _, undefined} -> 8;
               {integer, _, undefined} -> 1;
               {float, _, undefined} -> 1;
               {Utf, default, undefined} when Utf =:= utf8; Utf =:= utf16; Utf =:= utf32 ->
                   undefined;
               {Utf, _, _} when Utf =:= utf8; Utf =:= utf16; Utf =:= utf32 ->
                   erlang:error(badarg);
               {_, _, U} -> U
           end,
    {Type, Unit, Endian}.

type_field(integer) -> {integer, undefined, undefined, undefined};
type_field(utf8) -> {utf8, undefined, undefined, undefined};
type_field(utf16) -> {utf16, undefined, undefined, undefined};
type_field(utf32) -> {utf32, undefined, undefined, undefined};
type_field(float) -> {float, undefined, undefined, undefined};
type_field(binary) -> {binary, undefined, undefined, undefined};
type_field(bytes) -> {binary, 8, undefined, undefined};
type_field(bitstring) -> {binary, 1, undefined, undefined};
type_field(bits) -> {binary, 1, undefined, undefined};
type_field({unit, N}) when is_integer(N), N > 0, N =< 256 -> {undefined, N, undefined, undefined};
type_field(big) -> {undefined, undefined, undefined, big};
type_field(little) -> {undefined, undefined, undefined, little};
type_field(native) -> {undefined, undefined, undefined, native};
type_field(signed) -> {undefined, undefined, signed, undefined};
type_field(unsigned) -> {undefined, undefined, unsigned, undefined};
type_field(Other) -> erlang:error({badarg, Other}).

merge_bit_type(New, Acc) ->
    list_to_tuple(lists:zipwith(fun(undefined, B) -> B;
                                   (A, undefined) -> A;
                                   (A, A) -> A;
                                   (_, _) -> erlang:error(badarg)
                                end, tuple_to_list(New), tuple_to_list(Acc))).

bin_value(V, integer, Size, Unit, Endian) when is_integer(V), is_integer(Size), Size >= 0 ->
    Bits = Size * Unit,
    case Endian of
        big -> <<V:Bits/big>>;
        little -> <<V:Bits/little>>;
        native -> <<V:Bits/native>>
    end;
bin_value(V, float, Size, Unit, Endian) when is_number(V), is_integer(Size) ->
    Bits = Size * Unit,
    case Endian of
        big -> <<V:Bits/float-big>>;
        little -> <<V:Bits/float-little>>;
        native -> <<V:Bits/float-native>>
    end;
bin_value(V, binary, all, Unit, _Endian) when is_bitstring(V), bit_size(V) rem Unit =:= 0 ->
    V;
bin_value(V, binary, Size, Unit, _Endian) when is_bitstring(V), is_integer(Size), Size >= 0 ->
    Bits = Size * Unit,
    <<V:Bits/bitstring>>;
bin_value(V, utf8, undefined, _Unit, _Endian) ->
    <<V/utf8>>;
bin_value(V, utf16, undefined, _Unit, Endian) ->
    case Endian of
        big -> <<V/utf16-big>>;
        little -> <<V/utf16-little>>;
        native -> <<V/utf16-native>>
    end;
bin_value(V, utf32, undefined, _Unit, Endian) ->
    case Endian of
        big -> <<V/utf32-big>>;
        little -> <<V/utf32-little>>;
        native -> <<V/utf32-native>>
    end;
bin_value(_, _, _, _, _) ->
    erlang:error(badarg).

%% ---- abstract ------------------------------------------------------------------------------

abstract(T) ->
    abstract(T, 0, enc_func(utf8)).

abstract(T, Options) when is_list(Options) ->
    EncFunc = enc_func(proplists:get_value(encoding, Options, utf8)),
    Location = case proplists:get_value(location, Options) of
                   undefined -> proplists:get_value(line, Options, 0);
                   Loc -> Loc
               end,
    abstract(T, Location, EncFunc);
abstract(T, Location) ->
    abstract(T, Location, enc_func(utf8)).

-define(UNICODE(C), (C < 16#D800 orelse C > 16#DFFF andalso C < 16#FFFE orelse
                     C > 16#FFFF andalso C =< 16#10FFFF)).

enc_func(latin1) -> fun(C) -> C < 256 end;
enc_func(unicode) -> fun(C) -> ?UNICODE(C) end;
enc_func(utf8) -> fun(C) -> ?UNICODE(C) end;
enc_func(none) -> none;
enc_func(Fun) when is_function(Fun, 1) -> Fun;
enc_func(Term) -> erlang:error({badarg, Term}).

abstract(T, A, _E) when is_integer(T) -> {integer, A, T};
abstract(T, A, _E) when is_float(T) -> {float, A, T};
abstract(T, A, _E) when is_atom(T) -> {atom, A, T};
abstract([], A, _E) -> {nil, A};
abstract(B, A, _E) when is_bitstring(B) ->
    {bin, A, [abstract_byte(Byte, A) || Byte <- bitstring_to_list(B)]};
abstract([H | T], A, none = E) ->
    {cons, A, abstract(H, A, E), abstract(T, A, E)};
abstract(List, A, E) when is_list(List) ->
    abstract_list(List, [], A, E);
abstract(Tuple, A, E) when is_tuple(Tuple) ->
    {tuple, A, [abstract(X, A, E) || X <- tuple_to_list(Tuple)]};
abstract(Map, A, E) when is_map(Map) ->
    {map, A, [{map_field_assoc, A, abstract(K, A, E), abstract(V, A, E)}
              || {K, V} <- maps:to_list(Map)]};
abstract(Fun, A, E) when is_function(Fun) ->
    case erlang:fun_info(Fun, type) of
        {type, external} ->
            {module, M} = erlang:fun_info(Fun, module),
            {name, F} = erlang:fun_info(Fun, name),
            {arity, Arity} = erlang:fun_info(Fun, arity),
            {'fun', A, {function, abstract(M, A, E), abstract(F, A, E), abstract(Arity, A, E)}}
    end.

%% A list is a string as far as its elements are characters of the encoding.
abstract_list([H | T], String, A, E) ->
    case is_integer(H) andalso H >= 0 andalso E(H) of
        true ->
            abstract_list(T, [H | String], A, E);
        false ->
            not_string(String, {cons, A, abstract(H, A, E), abstract(T, A, E)}, A)
    end;
abstract_list([], String, A, _E) ->
    {string, A, lists:reverse(String)};
abstract_list(T, String, A, E) ->
    not_string(String, abstract(T, A, E), A).

not_string([C | T], Result, A) -> not_string(T, {cons, A, {integer, A, C}, Result}, A);
not_string([], Result, _A) -> Result.

abstract_byte(Byte, A) when is_integer(Byte) ->
    {bin_element, A, {integer, A, Byte}, default, default};
abstract_byte(Bits, A) ->
    Sz = bit_size(Bits),
    <<Val:Sz>> = Bits,
    {bin_element, A, {integer, A, Val}, {integer, A, Sz}, default}.
