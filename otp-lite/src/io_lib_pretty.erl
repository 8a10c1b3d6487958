%% otp-lite: the `io_lib_pretty` module, API-compatible with OTP 25: the term printer behind
%% ~p/~P (io_lib:format), io_lib:print and io_lib:write with chars_limit.
%%
%% A term is printed in two passes. The first measures it: it becomes a tree of nodes, each
%% with its text length when written on one line, the number of `...` cut into it by the depth
%% or the chars_limit, and (where something was cut) a fun that measures it again deeper.
%% The second lays the tree out: a node that fits on the rest of the line is written as is;
%% otherwise lists, tuples, maps and records are broken over lines with OTP's indentation
%% rules (tagged tuples and records indent their fields under the first one, or by 4, or by 1,
%% whichever keeps the text within the line; see tag_indent/5).
-module(io_lib_pretty).

-export([print/1, print/2, print/3, print/4, print/5, print/6]).
%% For io_lib (write/2 with chars_limit): measure with a character budget, then write.
-export([intermediate/6, write/1]).

%% A measured term.
%%   shape: the text of a leaf (a char list), {bin, Chars} for a binary written as bytes,
%%          {list, Elems}, {tuple, IsTagged, Elems}, {map, Pairs}, {map_pair, Key, Value},
%%          {record, [{Name, NameLen} | Fields]}, {field, Name, NameLen, Value}.
%%          Elems may end in a #node{shape = dots} (cut here) or in the improper tail's node.
%%   len:   length of the one-line text; dots: number of characters cut away as `...`;
%%   more:  fun(CharsLimit, ExtraDepth) measuring the same term deeper, or none.
-record(node, {shape, len, dots = 0, more = none}).

-define(DOTS(More), #node{shape = dots, len = 3, dots = 3, more = More}).
%% Leaves (text) may share a line with their neighbours; compound terms and byte binaries
%% that do not fit on the line start lines of their own.
-define(IS_LEAF(Node), is_list(Node#node.shape)).

%%% API

print(Term) -> print(Term, 1, 80, -1).

print(Term, Options) when is_list(Options) ->
    print_term(Term,
               option(column, Options, 1),
               option(line_length, Options, 80),
               option(depth, Options, -1),
               option(line_max_chars, Options, -1),
               option(chars_limit, Options, -1),
               option(record_print_fun, Options, no_fun),
               option(encoding, Options, utf8),
               option(strings, Options, true));
print(Term, RecDefFun) ->
    print(Term, -1, RecDefFun).

print(Term, Depth, RecDefFun) -> print(Term, 1, 80, Depth, RecDefFun).

print(Term, Col, Ll, D) -> print_term(Term, Col, Ll, D, -1, -1, no_fun, latin1, true).

print(Term, Col, Ll, D, RecDefFun) -> print(Term, Col, Ll, D, -1, RecDefFun).

print(Term, Col, Ll, D, M, RecDefFun) ->
    print_term(Term, Col, Ll, D, M, -1, RecDefFun, latin1, true).

option(Key, Options, Default) ->
    case lists:keyfind(Key, 1, Options) of
        {Key, Value} -> Value;
        _ -> Default
    end.

%% Col: column where the text starts (1 = first); Ll: line length (0: never break);
%% D: depth (-1: unlimited); M: most characters on one line (-1: no limit);
%% T: chars_limit (-1: none; the output may still be somewhat longer).
print_term(_, _, _, 0, _M, _T, _RF, _Enc, _Str) -> "...";
print_term(_, _, _, _D, _M, 0, _RF, _Enc, _Str) -> "...";
print_term(Term, Col, Ll, D, M, T, RF, Enc, Str) when Col =< 0 ->
    print_term(Term, 1, Ll, D, M, T, RF, Enc, Str);
print_term(Atom, _Col, _Ll, _D, _M, _T, _RF, Enc, _Str) when is_atom(Atom) ->
    atom_text(Atom, Enc);
print_term(Term, Col, Ll, D, M0, T, RF, Enc, Str)
  when is_tuple(Term); is_list(Term); is_map(Term); is_bitstring(Term) ->
    Node = if T < 0 -> measure(Term, D, T, RF, Enc, Str);
              true -> intermediate(Term, D, T, RF, Enc, Str)
           end,
    Len = Node#node.len,
    M = if M0 < 0 -> Len; true -> M0 end,
    if Ll =:= 0 -> write(Node);
       Len < Ll - Col, Len =< M -> write(Node);
       true ->
           TInd = tag_indent([-1, 4], Node, Col, Ll, M),
           layout(Node, Col, Ll, M, TInd, spaces(Col - 1), 0, 0)
    end;
print_term(Term, _Col, _Ll, _D, _M, _T, _RF, _Enc, _Str) ->
    io_lib:write(Term).

%%% Measuring

%% The node of a term within a character budget T (searching the deepest depth up to D
%% whose text stays within T, or just over it).
intermediate(Term, D, T, RF, Enc, Str) when T > 0 ->
    Shallow = measure(Term, 1, T, RF, Enc, Str),
    #node{len = Len, dots = Dots} = Shallow,
    if Dots =:= 0; Len > T; D =:= 1 -> Shallow;
       true -> deepen(Shallow, T, 1, 2, D, Len)
    end.

%% Lower is complete to depth Dl, cut somewhere, and within T: double the step until the
%% text is complete, too long, or at depth D; then bisect between the last two depths.
deepen(Lower, T, Dl, Step0, D, LastLen) ->
    Step = 2 * Step0,
    D1 = if D < 0 -> Dl + Step;
            true -> min(Dl + Step, D)
         end,
    Node = expand(Lower, T, D1 - Dl),
    #node{len = Len, dots = Dots} = Node,
    if Dots =:= 0 -> Node;
       Len =:= LastLen -> Node;
       Len =< T, (D1 < D orelse D < 0) -> deepen(Node, T, D1, Step, D, Len);
       true -> bisect(Lower, Node, T, Dl, D1)
    end.

bisect(Lower, Upper, T, Dl, Du) when Du - Dl =:= 1 ->
    case Lower#node.len of
        T -> Lower;
        _ -> Upper
    end;
bisect(Lower, Upper, T, Dl, Du) ->
    Mid = (Dl + Du) div 2,
    Node = expand(Lower, T, Mid - Dl),
    if Node#node.len > T -> bisect(Lower, Node, T, Dl, Mid);
       true -> bisect(Node, Upper, T, Mid, Du)
    end.

%% Measure Term to depth D (=/= 0) within budget T. Separators between elements are counted
%% in the lengths of the compound nodes, not in the elements.
measure([], _D, _T, _RF, _Enc, _Str) -> leaf("[]", 2);
measure({}, _D, _T, _RF, _Enc, _Str) -> leaf("{}", 2);
measure(Map, _D, _T, _RF, _Enc, _Str) when map_size(Map) =:= 0 -> leaf("#{}", 3);
measure(Atom, _D, _T, _RF, Enc, _Str) when is_atom(Atom) ->
    S = atom_text(Atom, Enc),
    leaf(S, io_lib:chars_length(S));
measure(List, D, T, RF, Enc, Str) when is_list(List) ->
    case Str andalso string_prefix(List, D, T, Enc) of
        true ->
            S = string_text(List, Enc),
            leaf(S, io_lib:chars_length(S));
        {true, Prefix} ->
            %% No `more`: a deeper depth would not make the prefix longer.
            S = string_text(Prefix, Enc),
            leaf([S | "..."], 3 + io_lib:chars_length(S));
        false ->
            Elems = measure_elements(List, D, tsub(T, 2), RF, Enc, Str),
            {Len, Dots} = sequence_length(Elems, 2),
            Node = #node{shape = {list, Elems}, len = Len, dots = Dots},
            if Dots > 0 ->
                    Node#node{more = fun(T1, Dd) -> measure(List, D + Dd, T1, RF, Enc, Str) end};
               true -> Node
            end
    end;
measure(Fun, _D, _T, _RF, _Enc, _Str) when is_function(Fun) ->
    S = io_lib:write(Fun),
    leaf(S, iolist_size(S));
measure(Tuple, D, T, RF, Enc, Str) when is_atom(element(1, Tuple)), is_function(RF) ->
    case RF(element(1, Tuple), tuple_size(Tuple) - 1) of
        no -> measure_tuple(Tuple, D, T, RF, Enc, Str);
        FieldNames -> measure_record(Tuple, D, T, RF, FieldNames, Enc, Str)
    end;
measure(Tuple, D, T, RF, Enc, Str) when is_tuple(Tuple) ->
    measure_tuple(Tuple, D, T, RF, Enc, Str);
measure(Map, D, T, RF, Enc, Str) when is_map(Map) ->
    measure_map(Map, D, T, RF, Enc, Str);
measure(<<>>, _D, _T, _RF, _Enc, _Str) -> leaf("<<>>", 4);
measure(<<_/bitstring>> = Bin, 1, _T, RF, Enc, Str) ->
    #node{shape = "<<...>>", len = 7, dots = 3,
          more = fun(T1, Dd) -> measure(Bin, 1 + Dd, T1, RF, Enc, Str) end};
measure(<<_/bitstring>> = Bin, D, T, RF, Enc, Str) ->
    More = fun(T1, Dd) -> measure(Bin, D + Dd, T1, RF, Enc, Str) end,
    Text = Str andalso bit_size(Bin) rem 8 =:= 0
        andalso binary_string(Bin, D - 1, tsub(T, 6), Enc),
    case Text of
        {true, Chars} ->
            S = io_lib:write_string(Chars, $"),
            leaf([$<, $<, S, $>, $>], 4 + length(S));
        {false, Chars} ->
            S = io_lib:write_string(Chars, $"),
            leaf([$<, $<, S, "/utf8>>"], 9 + io_lib:chars_length(S));
        {true, true, Prefix} ->
            S = io_lib:write_string(Prefix, $"),
            #node{shape = [$<, $<, S | "...>>"], len = 7 + length(S), dots = 3, more = More};
        {false, true, Prefix} ->
            S = io_lib:write_string(Prefix, $"),
            #node{shape = [$<, $<, S | "/utf8...>>"], len = 12 + io_lib:chars_length(S),
                  dots = 3, more = More};
        false ->
            case io_lib:write_binary(Bin, D, T) of
                {S, <<>>} -> #node{shape = {bin, S}, len = iolist_size(S)};
                {S, _Rest} -> #node{shape = {bin, S}, len = iolist_size(S), dots = 3, more = More}
            end
    end;
measure(Term, _D, _T, _RF, _Enc, _Str) ->
    S = io_lib:write(Term),
    leaf(S, io_lib:chars_length(S)).

leaf(Text, Len) -> #node{shape = Text, len = Len}.

%% Elements of a (possibly improper) list; each element but the last pays for a comma.
measure_elements([], _D, _T, _RF, _Enc, _Str) -> [];
measure_elements(Rest, D, T, RF, Enc, Str) when D =:= 1; T =:= 0 ->
    ?DOTS(fun(T1, Dd) -> measure_elements(Rest, D + Dd, T1, RF, Enc, Str) end);
measure_elements([E | Es], D, T, RF, Enc, Str) ->
    T1 = case Es of
             [] -> T;
             _ -> tsub(T, 1)
         end,
    Node = measure(E, D - 1, T1, RF, Enc, Str),
    [Node | measure_elements(Es, D - 1, tsub(T1, Node#node.len), RF, Enc, Str)];
measure_elements(Tail, D, T, RF, Enc, Str) ->
    measure(Tail, D - 1, T, RF, Enc, Str).

measure_tuple(Tuple, 1, _T, RF, Enc, Str) ->
    #node{shape = "{...}", len = 5, dots = 3,
          more = fun(T1, Dd) -> measure_tuple(Tuple, 1 + Dd, T1, RF, Enc, Str) end};
measure_tuple(Tuple, D, T, RF, Enc, Str) ->
    Elems = measure_tuple_elements(Tuple, 1, D, tsub(T, 2), RF, Enc, Str),
    Tagged = is_atom(element(1, Tuple)) andalso tuple_size(Tuple) > 1,
    {Len, Dots} = sequence_length(Elems, 2),
    #node{shape = {tuple, Tagged, Elems}, len = Len, dots = Dots}.

measure_tuple_elements(Tuple, I, _D, _T, _RF, _Enc, _Str) when I > tuple_size(Tuple) -> [];
measure_tuple_elements(Tuple, I, D, T, RF, Enc, Str) when D =:= 1; T =:= 0 ->
    ?DOTS(fun(T1, Dd) -> measure_tuple_elements(Tuple, I, D + Dd, T1, RF, Enc, Str) end);
measure_tuple_elements(Tuple, I, D, T, RF, Enc, Str) ->
    T1 = if I =:= tuple_size(Tuple) -> T;
            true -> tsub(T, 1)
         end,
    Node = measure(element(I, Tuple), D - 1, T1, RF, Enc, Str),
    [Node | measure_tuple_elements(Tuple, I + 1, D - 1, tsub(T1, Node#node.len), RF, Enc, Str)].

%% Each key and value is measured at the map's depth - 1; the depth limits how many
%% associations are shown.
measure_map(Map, 1, _T, RF, Enc, Str) ->
    #node{shape = "#{...}", len = 6, dots = 3,
          more = fun(T1, Dd) -> measure_map(Map, 1 + Dd, T1, RF, Enc, Str) end};
measure_map(Map, D, T, RF, Enc, Str) ->
    Pairs = measure_pairs(maps:next(maps:iterator(Map)), D, D - 1, tsub(T, 3), RF, Enc, Str),
    {Len, Dots} = sequence_length(Pairs, 3),
    #node{shape = {map, Pairs}, len = Len, dots = Dots}.

measure_pairs(none, _D, _PairD, _T, _RF, _Enc, _Str) -> [];
measure_pairs(Iter, D, PairD, T, RF, Enc, Str) when D =:= 1; T =:= 0 ->
    ?DOTS(fun(T1, Dd) -> measure_pairs(Iter, D + Dd, PairD, T1, RF, Enc, Str) end);
measure_pairs({K, V, Iter}, D, PairD, T, RF, Enc, Str) ->
    Next = maps:next(Iter),
    T1 = case Next of
             none -> T;
             _ -> tsub(T, 1)
         end,
    Key = measure(K, PairD, T1, RF, Enc, Str),
    KeyLen = Key#node.len + 4,                  % " => "
    Value = measure(V, PairD, tsub(T1, KeyLen), RF, Enc, Str),
    Pair = #node{shape = {map_pair, Key, Value}, len = KeyLen + Value#node.len,
                 dots = Key#node.dots + Value#node.dots},
    [Pair | measure_pairs(Next, D - 1, PairD, tsub(T1, Pair#node.len), RF, Enc, Str)].

measure_record(Tuple, 1, _T, RF, FieldNames, Enc, Str) ->
    #node{shape = "{...}", len = 5, dots = 3,
          more = fun(T1, Dd) -> measure_record(Tuple, 1 + Dd, T1, RF, FieldNames, Enc, Str) end};
measure_record(Tuple, D, T, RF, FieldNames, Enc, Str) ->
    Name = [$# | atom_text(element(1, Tuple), Enc)],
    NameLen = io_lib:chars_length(Name),
    Fields = measure_fields(FieldNames, D - 1, tsub(T, NameLen + 2), Tuple, 2, RF, Enc, Str),
    {Len, Dots} = sequence_length(Fields, NameLen + 2),
    #node{shape = {record, [{Name, NameLen} | Fields]}, len = Len, dots = Dots}.

measure_fields([], _D, _T, Tuple, I, _RF, _Enc, _Str) when I > tuple_size(Tuple) -> [];
measure_fields(Names, D, T, Tuple, I, RF, Enc, Str) when D =:= 1; T =:= 0 ->
    ?DOTS(fun(T1, Dd) -> measure_fields(Names, D + Dd, T1, Tuple, I, RF, Enc, Str) end);
measure_fields([FieldName | Names], D, T, Tuple, I, RF, Enc, Str) ->
    T1 = if I =:= tuple_size(Tuple) -> T;
            true -> tsub(T, 1)
         end,
    Field = measure_field(FieldName, D - 1, T1, element(I, Tuple), RF, Enc, Str),
    [Field | measure_fields(Names, D - 1, tsub(T1, Field#node.len), Tuple, I + 1, RF, Enc, Str)].

measure_field(FieldName, D, T, Value, RF, Enc, Str) ->
    Name = atom_text(FieldName, Enc),
    NameLen = io_lib:chars_length(Name) + 3,    % " = "
    V = measure(Value, D, tsub(T, NameLen), RF, Enc, Str),
    #node{shape = {field, Name, NameLen, V}, len = NameLen + V#node.len, dots = V#node.dots}.

%% {Length, Dots} of a sequence: Open characters of brackets, one separator between elements.
sequence_length([], Open) -> {Open, 0};
sequence_length([#node{len = L, dots = D} | Rest], Open) -> sequence_rest(Rest, Open + L, D);
sequence_length(#node{len = L, dots = D}, Open) -> {Open + L, D}.

sequence_rest([], Len, Dots) -> {Len, Dots};
sequence_rest([#node{len = L, dots = D} | Rest], Len, Dots) -> sequence_rest(Rest, Len + 1 + L, Dots + D);
sequence_rest(#node{len = L, dots = D}, Len, Dots) -> {Len + 1 + L, Dots + D}.

%% The same node measured Dd levels deeper within budget T. Lists are measured again
%% from the term (their string test depends on T); the others descend into their parts.
expand(#node{dots = 0, more = none} = Node, _T, _Dd) -> Node;
expand(#node{shape = {tuple, Tagged, Elems}, more = none}, T, Dd) ->
    {Elems1, Len, Dots} = expand_sequence(Elems, T, Dd, 2),
    #node{shape = {tuple, Tagged, Elems1}, len = Len, dots = Dots};
expand(#node{shape = {map, Pairs}, more = none}, T, Dd) ->
    {Pairs1, Len, Dots} = expand_sequence(Pairs, T, Dd, 3),
    #node{shape = {map, Pairs1}, len = Len, dots = Dots};
expand(#node{shape = {map_pair, K, V}, more = none}, T, Dd) ->
    Key = expand(K, tsub(T, 1), Dd),
    KeyLen = Key#node.len + 4,
    Value = expand(V, tsub(T, KeyLen), Dd),
    #node{shape = {map_pair, Key, Value}, len = KeyLen + Value#node.len,
          dots = Key#node.dots + Value#node.dots};
expand(#node{shape = {record, [{Name, NameLen} | Fields]}, more = none}, T, Dd) ->
    {Fields1, Len, Dots} = expand_sequence(Fields, T, Dd, NameLen + 2),
    #node{shape = {record, [{Name, NameLen} | Fields1]}, len = Len, dots = Dots};
expand(#node{shape = {field, Name, NameLen, V}, more = none}, T, Dd) ->
    Value = expand(V, tsub(T, NameLen), Dd),
    #node{shape = {field, Name, NameLen, Value}, len = NameLen + Value#node.len,
          dots = Value#node.dots};
expand(#node{more = More}, T, Dd) ->
    More(T, Dd).

expand_sequence(Nodes, T, Dd, Open) ->
    Nodes1 = expand_elements(Nodes, tsub(T, Open), Dd),
    {Len, Dots} = sequence_length(Nodes1, Open),
    {Nodes1, Len, Dots}.

expand_elements([], _T, _Dd) -> [];
expand_elements([Node | Rest], T, Dd) ->
    T1 = case Rest of
             [] -> T;
             _ -> tsub(T, 1)
         end,
    Node1 = expand(Node, T1, Dd),
    [Node1 | expand_elements(Rest, tsub(T1, Node1#node.len), Dd)];
expand_elements(#node{more = More}, T, Dd) ->
    More(T, Dd).

%% A budget never goes below zero; negative means unlimited.
tsub(T, _) when T < 0 -> T;
tsub(T, N) when T >= N -> T - N;
tsub(_, _) -> 0.

%%% Strings

atom_text(A, latin1) -> io_lib:write_atom_as_latin1(A);
atom_text(A, _) -> io_lib:write_atom(A).

string_text(S, latin1) -> io_lib:write_latin1_string(S, $");
string_text(S, _) -> io_lib:write_string(S, $").

%% Whether a list prints as a string: true, {true, Prefix} (cut by the budget) or false.
%% Only flat lists of printable characters qualify; at depth 1 a list never does.
string_prefix(_L, 1, _T, _Enc) -> false;
string_prefix(L, _D, T, latin1) when T < 0 -> io_lib:printable_latin1_list(L);
string_prefix(L, _D, T, latin1) ->
    N = tsub(T, 2),
    case printable_latin1_prefix(L, N) of
        all -> true;
        0 ->
            {Prefix, _} = lists:split(N, L),
            {true, Prefix};
        _ -> false
    end;
string_prefix(L, _D, T, _Unicode) when T < 0 -> io_lib:printable_list(L);
string_prefix(L, _D, T, _Unicode) ->
    N = tsub(T, 2),
    %% Only the first N characters (grapheme clusters) are looked at.
    try string:slice(L, 0, N) of
        "" -> false;
        Prefix ->
            case flat_prefix(L, lists:flatlength(Prefix)) of
                false -> false;
                true ->
                    case string:equal(Prefix, L) of
                        true -> io_lib:printable_list(L);
                        false -> io_lib:printable_list(Prefix) andalso {true, Prefix}
                    end
            end
    catch _:_ -> false
    end.

flat_prefix(_L, 0) -> true;
flat_prefix([C | Cs], N) when is_integer(C) -> flat_prefix(Cs, N - 1);
flat_prefix(_, _N) -> false.

%% all when the whole list is printable latin1 text; otherwise how many of the N characters
%% allowed were left when a non-printable one (or the end of the allowance) was met.
printable_latin1_prefix([_ | _], 0) -> 0;
printable_latin1_prefix([C | Cs], N) when is_integer(C), C >= $\s, C =< $~ ->
    printable_latin1_prefix(Cs, N - 1);
printable_latin1_prefix([C | Cs], N) when is_integer(C), C >= 16#A0, C =< 16#FF ->
    printable_latin1_prefix(Cs, N - 1);
printable_latin1_prefix([C | Cs], N)
  when C =:= $\n; C =:= $\r; C =:= $\t; C =:= $\v; C =:= $\b; C =:= $\f; C =:= $\e ->
    printable_latin1_prefix(Cs, N - 1);
printable_latin1_prefix([], _) -> all;
printable_latin1_prefix(_, N) -> N.

%% Whether a binary prints as text, looking at no more than 4 bytes per level of depth D
%% and T bytes: {true, Chars} (latin1 or ASCII), {false, Chars} (needs /utf8),
%% {Latin1, true, Prefix} when only a prefix is shown, or false.
binary_string(Bin, D, T, Enc) -> binary_text(Bin, bytes_to_scan(Bin, D, T), D, Enc).

bytes_to_scan(Bin, D, T) when D >= 0 ->
    ByDepth = min(4 * D, byte_size(Bin)),
    if T >= 0 -> min(T, ByDepth);
       true -> ByDepth
    end;
bytes_to_scan(Bin, _D, T) when T < 0 -> byte_size(Bin);
bytes_to_scan(_Bin, _D, T) -> T.

binary_text(_Bin, 0, _D, _Enc) -> false;
binary_text(Bin, Len, D, latin1) ->
    N = min(20, Len),
    Head = binary_to_list(Bin, 1, N),
    case printable_latin1_prefix(Head, N) of
        all when N =:= byte_size(Bin) -> {true, Head};
        all when N =:= Len -> {true, true, Head};
        all ->
            case unprintable_from(Bin, 1 + N, Len - N) of
                0 when byte_size(Bin) =:= Len -> {true, binary_to_list(Bin)};
                Left when D > 0, Len - Left >= D -> {true, true, binary_to_list(Bin, 1, Len - Left)};
                _ -> false
            end;
        Left when D > 0, N - Left >= D -> {true, true, binary_to_list(Bin, 1, N - Left)};
        _ -> false
    end;
binary_text(Bin, Len, D, _Unicode) ->
    case utf8_prefix(Bin, Len) of
        true ->
            case printable_utf8(Bin, Len, [], io:printable_range()) of
                {_, <<>>, Chars} -> {byte_size(Bin) =:= length(Chars), Chars};
                {Left, Rest, Chars} when D > 0, Len - Left >= D ->
                    {byte_size(Bin) - byte_size(Rest) =:= length(Chars), true, Chars};
                _ -> false
            end;
        false -> binary_text(Bin, Len, D, latin1)
    end.

%% Of Len bytes from Start, how many remain from the first unprintable one (0: none is).
unprintable_from(_Bin, _Start, 0) -> 0;
unprintable_from(Bin, Start, Len) ->
    N = min(10000, Len),
    case printable_latin1_prefix(binary_to_list(Bin, Start, Start + N - 1), N) of
        all -> unprintable_from(Bin, Start + N, Len - N);
        Left -> Len - (N - Left)
    end.

%% Whether the first N characters (or all) are valid UTF-8.
utf8_prefix(<<>>, _) -> true;
utf8_prefix(_, 0) -> true;
utf8_prefix(<<_/utf8, Rest/binary>>, N) -> utf8_prefix(Rest, N - 1);
utf8_prefix(_, _) -> false.

%% {CharsLeft, RestOfBinary, Chars}: up to N printable UTF-8 characters.
printable_utf8(<<C/utf8, Rest/binary>> = Bin, N, Acc, Range) when N > 0 ->
    case printable_char(C, Range) of
        true -> printable_utf8(Rest, N - 1, [C | Acc], Range);
        false -> {N, Bin, lists:reverse(Acc)}
    end;
printable_utf8(Bin, N, Acc, _Range) -> {N, Bin, lists:reverse(Acc)}.

printable_char(C, _) when C =:= $\n; C =:= $\r; C =:= $\t; C =:= $\v; C =:= $\b; C =:= $\f;
                          C =:= $\e -> true;
printable_char(C, latin1) -> C >= $\s andalso C =< $~ orelse C >= 16#A0 andalso C =< 16#FF;
printable_char(C, unicode) ->
    C >= $\s andalso C =< $~ orelse
        C >= 16#A0 andalso C < 16#D800 orelse
        C > 16#DFFF andalso C < 16#FFFE orelse
        C > 16#FFFF andalso C =< 16#10FFFF.

%%% Writing on one line

write(#node{shape = {tuple, _Tagged, Elems}}) -> [${, write_sequence(Elems, $,), $}];
write(#node{shape = {list, Elems}}) -> [$[, write_sequence(Elems, $|), $]];
write(#node{shape = {map, Pairs}}) -> [$#, ${, write_sequence(Pairs, $,), $}];
write(#node{shape = {map_pair, _, _}} = Pair) -> write_pair(Pair);
write(#node{shape = {record, [{Name, _} | Fields]}}) -> [Name, ${, write_sequence(Fields, $,), $}];
write(#node{shape = {field, _, _, _}} = Field) -> write_field(Field);
write(#node{shape = {bin, S}}) -> S;
write(#node{shape = S}) -> S.

write_pair(#node{shape = {map_pair, K, V}}) -> [write(K), " => " | write(V)].

write_field(#node{shape = {field, Name, _, V}}) -> [Name, " = " | write(V)].

%% Tail is the separator before an improper tail (only lists have one).
write_sequence([], _Tail) -> [];
write_sequence(#node{shape = dots}, _Tail) -> "...";
write_sequence([Node | Rest], Tail) -> [write(Node) | write_rest(Rest, Tail)].

write_rest([], _Tail) -> [];
write_rest([Node | Rest], Tail) -> [$,, write(Node) | write_rest(Rest, Tail)];
write_rest(#node{shape = dots}, Tail) -> [Tail | "..."];
write_rest(Node, Tail) -> [Tail | write(Node)].

%%% Laying out over lines
%%
%% Col: column of the current position; Ll: line length; M: most characters on a line;
%% TInd: the indentation of tagged tuples and records (see tag_indent/5); Ind: the
%% indentation text of continuation lines; LD: characters that must still follow on the
%% last line (closing brackets); W: characters already written on the current line.

fits(#node{len = Len}, Col, Ll, M, LD, W) -> Len < Ll - Col - LD andalso Len + W + LD =< M.

layout(Node, Col, Ll, M, TInd, Ind, LD, W) ->
    case fits(Node, Col, Ll, M, LD, W) of
        true -> write(Node);
        false -> layout_broken(Node, Col, Ll, M, TInd, Ind, LD, W)
    end.

layout_broken(#node{shape = {list, Elems}}, Col, Ll, M, TInd, Ind, LD, W) ->
    [$[, layout_elements(Elems, Col + 1, Ll, M, TInd, [$\s | Ind], LD, $|, W + 1), $]];
layout_broken(#node{shape = {tuple, true, Elems}}, Col, Ll, M, TInd, Ind, LD, W) ->
    [${, layout_tagged(Elems, Col, Ll, M, TInd, Ind, LD, W + 1), $}];
layout_broken(#node{shape = {tuple, false, Elems}}, Col, Ll, M, TInd, Ind, LD, W) ->
    [${, layout_elements(Elems, Col + 1, Ll, M, TInd, [$\s | Ind], LD, $,, W + 1), $}];
layout_broken(#node{shape = {map, Pairs}}, Col, Ll, M, TInd, Ind, LD, W) ->
    [$#, ${, layout_pairs(Pairs, Col + 2, Ll, M, TInd, ["  " | Ind], LD, W + 1), $}];
layout_broken(#node{shape = {record, [{Name, NameLen} | Fields]}}, Col, Ll, M, TInd, Ind, LD, W) ->
    [Name, ${, layout_record(Fields, NameLen, Col, Ll, M, TInd, Ind, LD, W + NameLen + 1), $}];
layout_broken(#node{shape = {bin, S}}, Col, Ll, M, _TInd, Ind, LD, W) ->
    layout_binary(S, Col + 2, Ll, M, ["  " | Ind], LD, W);
layout_broken(#node{} = Node, _Col, _Ll, _M, _TInd, _Ind, _LD, _W) ->
    write(Node).

%% LD for an element: the last one carries the closing brackets, the others a comma.
last_depth([_ | _], _LD) -> 0;
last_depth(_, LD) -> LD + 1.

%% Whether the next element Node (a leaf) can follow on the current line after a comma.
fits_after(#node{len = Len} = Node, Col, Ll, M, LD, W) ->
    ELen = 1 + Len,
    ?IS_LEAF(Node) andalso
        if LD =:= 0 -> ELen + 1 < Ll - Col andalso W + ELen + 1 =< M;
           true -> ELen < Ll - Col - LD andalso W + ELen + LD =< M
        end.

%% Elements of a list or an untagged tuple, aligned at Col0: leaves fill lines, anything
%% else (and whatever follows it) starts a new line.
layout_elements(#node{shape = dots}, _Col0, _Ll, _M, _TInd, _Ind, _LD, _Tail, _W) -> "...";
layout_elements([E | Es], Col0, Ll, M, TInd, Ind, LD, Tail, W) ->
    {Text, Width} = layout_element(E, Col0, Ll, M, TInd, Ind, last_depth(Es, LD), W),
    [Text | layout_more(Es, Col0, Col0 + Width, Ll, M, TInd, Ind, LD, Tail, W + Width)].

layout_more([], _Col0, _Col, _Ll, _M, _TInd, _Ind, _LD, _Tail, _W) -> [];
layout_more([E | Es], Col0, Col, Ll, M, TInd, Ind, LD, Tail, W) ->
    LD1 = last_depth(Es, LD),
    case fits_after(E, Col, Ll, M, LD1, W) of
        true ->
            ELen = 1 + E#node.len,
            [$,, write(E) | layout_more(Es, Col0, Col + ELen, Ll, M, TInd, Ind, LD, Tail, W + ELen)];
        false ->
            {Text, Width} = layout_element(E, Col0, Ll, M, TInd, Ind, LD1, 0),
            [$,, $\n, Ind, Text | layout_more(Es, Col0, Col0 + Width, Ll, M, TInd, Ind, LD, Tail, Width)]
    end;
layout_more(#node{shape = dots}, _Col0, _Col, _Ll, _M, _TInd, _Ind, _LD, Tail, _W) ->
    [Tail | "..."];
layout_more(#node{len = Len} = E, Col0, Col, Ll, M, TInd, Ind, LD, Tail, W) ->
    %% An improper tail (or a tagged tuple's elements after the tag).
    case ?IS_LEAF(E) andalso Len + 1 < Ll - Col - (LD + 1)
        andalso Len + 1 + W + (LD + 1) =< M of
        true -> [Tail | write(E)];
        false -> [Tail, $\n, Ind | layout(E, Col0, Ll, M, TInd, Ind, LD + 1, 0)]
    end.

%% {Text, Width}: Width is Ll (forcing the next element onto a new line) unless the
%% element is a leaf written on this line.
layout_element(E, Col, Ll, M, TInd, Ind, LD, W) ->
    case ?IS_LEAF(E) andalso fits(E, Col, Ll, M, LD, W) of
        true -> {write(E), E#node.len};
        false -> {layout(E, Col, Ll, M, TInd, Ind, LD, W), Ll}
    end.

%% A tuple of two or more elements starting with an atom: the other elements are aligned
%% after the tag ({tag,First,\n      Second}), or by TInd on the next line when the tag is
%% longer than TInd.
layout_tagged(#node{shape = dots}, _Col, _Ll, _M, _TInd, _Ind, _LD, _W) -> "...";
layout_tagged([#node{shape = Tag, len = TagLen} | Es], Col, Ll, M, TInd, Ind, LD, W) ->
    TagInd = TagLen + 2,
    TagCol = Col + TagInd,
    if TInd > 0, TagInd > TInd ->
            [Tag | layout_more(Es, Col + TInd, TagCol, Ll, M, TInd, [spaces(TInd) | Ind], LD, $,,
                               W + TagLen)];
       true ->
            [Tag, $, | layout_elements(Es, TagCol, Ll, M, TInd, [spaces(TagInd) | Ind], LD, $,,
                                       W + TagLen + 1)]
    end.

layout_pairs(#node{shape = dots}, _Col, _Ll, _M, _TInd, _Ind, _LD, _W) -> "...";
layout_pairs([], _Col, _Ll, _M, _TInd, _Ind, _LD, _W) -> "";
layout_pairs([P | Ps], Col, Ll, M, TInd, Ind, LD, W) ->
    {Text, Width} = layout_pair(P, Col, Ll, M, TInd, Ind, last_depth(Ps, LD), W),
    [Text | layout_more_pairs(Ps, Col, Col + Width, Ll, M, TInd, Ind, LD, Width)].

layout_more_pairs([], _Col0, _Col, _Ll, _M, _TInd, _Ind, _LD, _W) -> "";
layout_more_pairs(#node{shape = dots}, _Col0, _Col, _Ll, _M, _TInd, _Ind, _LD, _W) -> ",...";
layout_more_pairs([P | Ps], Col0, Col, Ll, M, TInd, Ind, LD, W) ->
    LD1 = last_depth(Ps, LD),
    case pair_is_leaf(P) andalso fits_after(P#node{shape = []}, Col, Ll, M, LD1, W) of
        true ->
            ELen = 1 + P#node.len,
            [$,, write_pair(P) | layout_more_pairs(Ps, Col0, Col + ELen, Ll, M, TInd, Ind, LD, W + ELen)];
        false ->
            {Text, Width} = layout_pair(P, Col0, Ll, M, TInd, Ind, LD1, 0),
            [$,, $\n, Ind, Text | layout_more_pairs(Ps, Col0, Col0 + Width, Ll, M, TInd, Ind, LD, Width)]
    end.

pair_is_leaf(#node{shape = {map_pair, K, V}}) -> ?IS_LEAF(K) andalso ?IS_LEAF(V).

%% A pair that does not fit: the key, " =>" and the value on the next line, indented by
%% TInd (or 4).
layout_pair(P, Col, Ll, M, TInd, Ind, LD, W) ->
    case fits(P, Col, Ll, M, LD, W) of
        true ->
            {write_pair(P), case pair_is_leaf(P) of
                                true -> P#node.len;
                                false -> Ll
                            end};
        false ->
            #node{shape = {map_pair, K, V}} = P,
            I = value_indent(TInd),
            ValueInd = [spaces(I) | Ind],
            {[layout(K, Col, Ll, M, TInd, Ind, LD, W), " =>\n", ValueInd
              | layout(V, Col + I, Ll, M, TInd, ValueInd, LD, 0)], Ll}
    end.

value_indent(TInd) when TInd > 0 -> TInd;
value_indent(_) -> 4.

layout_record([], _NameLen, _Col, _Ll, _M, _TInd, _Ind, _LD, _W) -> "";
layout_record(#node{shape = dots}, _NameLen, _Col, _Ll, _M, _TInd, _Ind, _LD, _W) -> "...";
layout_record([F | Fs], NameLen, Col0, Ll, M, TInd, Ind0, LD, W0) ->
    {Col, Ind, Break, W} = record_indent(NameLen + 1, TInd, Col0, Ind0, W0),
    {Text, Width} = layout_field(F, Col, Ll, M, TInd, Ind, last_depth(Fs, LD), W),
    [Break, Text | layout_more_fields(Fs, Col, Col + Width, Ll, M, TInd, Ind, LD, W + Width)].

layout_more_fields([], _Col0, _Col, _Ll, _M, _TInd, _Ind, _LD, _W) -> "";
layout_more_fields(#node{shape = dots}, _Col0, _Col, _Ll, _M, _TInd, _Ind, _LD, _W) -> ",...";
layout_more_fields([F | Fs], Col0, Col, Ll, M, TInd, Ind, LD, W) ->
    LD1 = last_depth(Fs, LD),
    case field_is_leaf(F) andalso fits_after(F#node{shape = []}, Col, Ll, M, LD1, W) of
        true ->
            ELen = 1 + F#node.len,
            [$,, write_field(F) | layout_more_fields(Fs, Col0, Col + ELen, Ll, M, TInd, Ind, LD, W + ELen)];
        false ->
            {Text, Width} = layout_field(F, Col0, Ll, M, TInd, Ind, LD1, 0),
            [$,, $\n, Ind, Text | layout_more_fields(Fs, Col0, Col0 + Width, Ll, M, TInd, Ind, LD, Width)]
    end.

field_is_leaf(#node{shape = {field, _, _, V}}) -> ?IS_LEAF(V).

layout_field(F, Col0, Ll, M, TInd, Ind0, LD, W0) ->
    case fits(F, Col0, Ll, M, LD, W0) of
        true ->
            {write_field(F), case field_is_leaf(F) of
                                 true -> F#node.len;
                                 false -> Ll
                             end};
        false ->
            #node{shape = {field, Name, NameLen, V}} = F,
            {Col, Ind, Break, W} = record_indent(NameLen, TInd, Col0, Ind0, W0 + NameLen),
            Sep = case Break of
                      [$\n | _] -> " =";
                      _ -> " = "
                  end,
            {[Name, Sep, Break | layout(V, Col, Ll, M, TInd, Ind, LD, W)], Ll}
    end.

%% Indenting by RInd, or breaking the line and indenting by TInd when RInd is longer.
record_indent(RInd, TInd, Col0, Ind0, W0) ->
    case TInd > 0 andalso RInd > TInd of
        true ->
            Ind = [spaces(TInd) | Ind0],
            {Col0 + TInd, Ind, [$\n | Ind], 0};
        false ->
            {Col0 + RInd, [spaces(RInd) | Ind0], "", W0}
    end.

%% A binary written as bytes (io_lib:write_binary's "<<", Bytes, ">>"), broken between
%% bytes to lines of at least 8 characters.
layout_binary([$<, $<, Bytes, $>, $>], Col, Ll, M, Ind, LD, W) ->
    N = max(8, min(Ll - Col, M - 4 - W) - LD),
    [$<, $<, layout_bytes(Bytes, N, N, Ind), $>, $>].

layout_bytes([Byte, $, | Rest], Room, LineRoom, Ind) ->
    Len = length(Byte) + 1,
    case Room - Len of
        Left when Left < 0 -> [$\n, Ind, Byte, $, | layout_bytes(Rest, LineRoom - Len, LineRoom, Ind)];
        Left -> [Byte, $, | layout_bytes(Rest, Left, LineRoom, Ind)]
    end;
layout_bytes([Value, $:, Size] = Last, Room, _LineRoom, Ind)
  when length(Value) + length(Size) + 1 > Room ->
    [$\n, Ind | Last];
layout_bytes(Last, Room, _LineRoom, Ind) ->
    case iolist_size(Last) > Room of
        true -> [$\n, Ind | Last];
        false -> Last
    end.

%%% The indentation of tagged tuples and records
%%
%% TInd is the first of -1 (align after the tag) and 4 for which no tagged tuple or record
%% in the layout would start its elements beyond half the line (unless the rest still fits
%% in M characters); 1 when neither works. Walks the layout the way layout/8 does.

tag_indent([], _Node, _Col, _Ll, _M) -> 1;
tag_indent([TInd | Others], Node, Col, Ll, M) ->
    try check(Node, Col, Ll, M, TInd, 0, 0) of
        ok -> TInd
    catch throw:too_deep -> tag_indent(Others, Node, Col, Ll, M)
    end.

check(Node, Col, Ll, M, TInd, LD, W) ->
    case fits(Node, Col, Ll, M, LD, W) of
        true -> ok;
        false -> check_broken(Node, Col, Ll, M, TInd, LD, W)
    end.

check_broken(#node{shape = {list, Elems}}, Col, Ll, M, TInd, LD, W) ->
    check_elements(Elems, Col + 1, Ll, M, TInd, LD, W + 1);
check_broken(#node{shape = {tuple, true, Elems}}, Col, Ll, M, TInd, LD, W) ->
    check_tagged(Elems, Col, Ll, M, TInd, LD, W + 1);
check_broken(#node{shape = {tuple, false, Elems}}, Col, Ll, M, TInd, LD, W) ->
    check_elements(Elems, Col + 1, Ll, M, TInd, LD, W + 1);
check_broken(#node{shape = {map, Pairs}}, Col, Ll, M, TInd, LD, W) ->
    check_pairs(Pairs, Col + 2, Ll, M, TInd, LD, W + 2);
check_broken(#node{shape = {record, [{_Name, NameLen} | Fields]}}, Col, Ll, M, TInd, LD, W) ->
    check_record(Fields, NameLen, Col, Ll, M, TInd, LD, W + NameLen + 1);
check_broken(#node{}, _Col, _Ll, _M, _TInd, _LD, _W) ->
    ok.

check_tagged([#node{len = TagLen} | Es], Col, Ll, M, TInd, LD, W) ->
    TagInd = TagLen + 2,
    TagCol = Col + TagInd,
    if TInd > 0, TagInd > TInd ->
            Col1 = Col + TInd,
            if M + Col1 =< Ll; Col1 =< Ll div 2 ->
                    check_more(Es, Col1, TagCol, Ll, M, TInd, LD, W + TagLen);
               true -> throw(too_deep)
            end;
       M + TagCol < Ll; TagCol < Ll div 2 ->
            check_elements(Es, TagCol, Ll, M, TInd, LD, W + TagLen + 1);
       true -> throw(too_deep)
    end;
check_tagged(_, _Col, _Ll, _M, _TInd, _LD, _W) -> ok.

check_elements(#node{shape = dots}, _Col0, _Ll, _M, _TInd, _LD, _W) -> ok;
check_elements([E | Es], Col0, Ll, M, TInd, LD, W) ->
    Width = check_element(E, Col0, Ll, M, TInd, last_depth(Es, LD), W),
    check_more(Es, Col0, Col0 + Width, Ll, M, TInd, LD, W + Width).

check_more([], _Col0, _Col, _Ll, _M, _TInd, _LD, _W) -> ok;
check_more([E | Es], Col0, Col, Ll, M, TInd, LD, W) ->
    LD1 = last_depth(Es, LD),
    case fits_after(E, Col, Ll, M, LD1, W) of
        true ->
            ELen = 1 + E#node.len,
            check_more(Es, Col0, Col + ELen, Ll, M, TInd, LD, W + ELen);
        false ->
            Width = check_element(E, Col0, Ll, M, TInd, LD1, 0),
            check_more(Es, Col0, Col0 + Width, Ll, M, TInd, LD, Width)
    end;
check_more(#node{shape = dots}, _Col0, _Col, _Ll, _M, _TInd, _LD, _W) -> ok;
check_more(#node{len = Len} = E, _Col0, Col, Ll, M, TInd, LD, W) ->
    case ?IS_LEAF(E) andalso Len + 1 < Ll - Col - (LD + 1)
        andalso Len + 1 + W + (LD + 1) =< M of
        true -> ok;
        %% (OTP checks the tail at the current column, not at the elements' column.)
        false -> check(E, Col, Ll, M, TInd, LD + 1, 0)
    end.

check_element(E, Col, Ll, M, TInd, LD, W) ->
    case ?IS_LEAF(E) andalso fits(E, Col, Ll, M, LD, W) of
        true -> E#node.len;
        false ->
            check(E, Col, Ll, M, TInd, LD, W),
            Ll
    end.

check_pairs([P | Ps], Col, Ll, M, TInd, LD, W) ->
    Width = check_pair(P, Col, Ll, M, TInd, last_depth(Ps, LD), W),
    check_more_pairs(Ps, Col, Col + Width, Ll, M, TInd, LD, W + Width);
check_pairs(_, _Col, _Ll, _M, _TInd, _LD, _W) -> ok.

check_more_pairs([P | Ps], Col0, Col, Ll, M, TInd, LD, W) ->
    LD1 = last_depth(Ps, LD),
    case pair_is_leaf(P) andalso fits_after(P#node{shape = []}, Col, Ll, M, LD1, W) of
        true ->
            ELen = 1 + P#node.len,
            check_more_pairs(Ps, Col0, Col + ELen, Ll, M, TInd, LD, W + ELen);
        false ->
            Width = check_pair(P, Col0, Ll, M, TInd, LD1, 0),
            check_more_pairs(Ps, Col0, Col0 + Width, Ll, M, TInd, LD, Width)
    end;
check_more_pairs(_, _Col0, _Col, _Ll, _M, _TInd, _LD, _W) -> ok.

check_pair(P, Col, Ll, M, TInd, LD, W) ->
    case fits(P, Col, Ll, M, LD, W) of
        true ->
            case pair_is_leaf(P) of
                true -> P#node.len;
                false -> Ll
            end;
        false ->
            #node{shape = {map_pair, K, V}} = P,
            check(K, Col, Ll, M, TInd, LD, W),
            check(V, Col + value_indent(TInd), Ll, M, TInd, LD, 0),
            Ll
    end.

check_record([F | Fs], NameLen, Col0, Ll, M, TInd, LD, W0) ->
    {Col, W} = check_record_indent(NameLen + 1, Col0, Ll, M, TInd, W0),
    Width = check_field(F, Col, Ll, M, TInd, last_depth(Fs, LD), W),
    check_more_fields(Fs, Col, Col + Width, Ll, M, TInd, LD, W + Width);
check_record(_, _NameLen, _Col, _Ll, _M, _TInd, _LD, _W) -> ok.

check_more_fields([F | Fs], Col0, Col, Ll, M, TInd, LD, W) ->
    LD1 = last_depth(Fs, LD),
    case field_is_leaf(F) andalso fits_after(F#node{shape = []}, Col, Ll, M, LD1, W) of
        true ->
            ELen = 1 + F#node.len,
            check_more_fields(Fs, Col0, Col + ELen, Ll, M, TInd, LD, W + ELen);
        false ->
            Width = check_field(F, Col0, Ll, M, TInd, LD1, 0),
            %% (OTP continues from Col here, not from Col0 as the layout does.)
            check_more_fields(Fs, Col0, Col + Width, Ll, M, TInd, LD, Width)
    end;
check_more_fields(_, _Col0, _Col, _Ll, _M, _TInd, _LD, _W) -> ok.

check_field(F, Col0, Ll, M, TInd, LD, W0) ->
    case fits(F, Col0, Ll, M, LD, W0) of
        true ->
            case field_is_leaf(F) of
                true -> F#node.len;
                false -> Ll
            end;
        false ->
            #node{shape = {field, _Name, NameLen, V}} = F,
            {Col, W} = check_record_indent(NameLen, Col0, Ll, M, TInd, W0 + NameLen),
            check(V, Col, Ll, M, TInd, LD, W),
            Ll
    end.

check_record_indent(RInd, Col0, Ll, M, TInd, W0) ->
    Break = TInd > 0 andalso RInd > TInd,
    Col = Col0 + case Break of
                     true -> TInd;
                     false -> RInd
                 end,
    if M + Col =< Ll; Col =< Ll div 2 ->
            {Col, case Break of
                      true -> 0;
                      false -> W0
                  end};
       true -> throw(too_deep)
    end.

%%% Text

spaces(0) -> [];
spaces(N) when N > 0 -> lists:duplicate(N, $\s).
