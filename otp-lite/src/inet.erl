%% The address parsing and formatting of OTP's `inet` (what uri_string and other pure code
%% call), with OTP 25's exact acceptance rules:
%%
%% - forgiving IPv4 (`parse_ipv4_address/1`): one to four dot-separated fields in C's
%%   notations (0x hexadecimal, leading-0 octal, decimal), the last field filling the
%%   remaining low bytes;
%% - strict IPv4: exactly four decimal fields below 256, no leading zeros;
%% - IPv6 (RFC 4291): up to eight hex groups of 1-4 digits, one `::`, an IPv4 tail, and a
%%   `%scope` suffix for fe80::/ff02:: addresses whose second group is zero (the scope id is
%%   read as decimal after a leading 0, else taken as 0).
%%
%% Field values go through list_to_integer/2, so its sign handling applies as in OTP.
%% Sockets, name resolution, interface queries and ntoa come with the network stack.
-module(inet).
-export([parse_address/1, parse_strict_address/1, parse_ipv4_address/1,
         parse_ipv4strict_address/1, parse_ipv6_address/1, parse_ipv6strict_address/1,
         is_ipv4_address/1, is_ipv6_address/1, is_ip_address/1,
         ipv4_mapped_ipv6_address/1]).

-define(IS_BYTE(X), (is_integer(X) andalso X >= 0 andalso X =< 255)).
-define(IS_WORD(X), (is_integer(X) andalso X >= 0 andalso X =< 65535)).

-spec parse_address(string()) -> {ok, tuple()} | {error, einval}.
parse_address(Cs) when is_list(Cs) ->
    case parse_ipv4_address(Cs) of
        {ok, _} = Ok -> Ok;
        _ -> parse_ipv6strict_address(Cs)
    end;
parse_address(_) ->
    {error, einval}.

-spec parse_strict_address(string()) -> {ok, tuple()} | {error, einval}.
parse_strict_address(Cs) when is_list(Cs) ->
    case parse_ipv4strict_address(Cs) of
        {ok, _} = Ok -> Ok;
        _ -> parse_ipv6strict_address(Cs)
    end;
parse_strict_address(_) ->
    {error, einval}.

-spec parse_ipv4_address(string()) -> {ok, tuple()} | {error, einval}.
parse_ipv4_address(Cs) ->
    einval_on_badarg(fun() -> ipv4_loose(Cs) end).

-spec parse_ipv4strict_address(string()) -> {ok, tuple()} | {error, einval}.
parse_ipv4strict_address(Cs) ->
    einval_on_badarg(fun() -> ipv4_strict(Cs) end).

-spec parse_ipv6_address(string()) -> {ok, tuple()} | {error, einval}.
parse_ipv6_address(Cs) ->
    case parse_ipv4_address(Cs) of
        {ok, {A, B, C, D}} -> {ok, {0, 0, 0, 0, 0, 16#ffff, (A bsl 8) bor B, (C bsl 8) bor D}};
        _ -> parse_ipv6strict_address(Cs)
    end.

-spec parse_ipv6strict_address(string()) -> {ok, tuple()} | {error, einval}.
parse_ipv6strict_address(Cs) ->
    einval_on_badarg(fun() -> ipv6(Cs) end).

einval_on_badarg(Parse) ->
    try Parse() of
        Addr -> {ok, Addr}
    catch
        error:badarg -> {error, einval}
    end.

%%% IPv4, forgiving: fields are collected most recent first.

ipv4_loose(Cs) ->
    case loose_fields(Cs, []) of
        [W] when W < 1 bsl 32 ->
            bytes4(W);
        [W, A] when W < 1 bsl 24, A < 256 ->
            {0, B, C, D} = bytes4(W),
            {A, B, C, D};
        [W, B, A] when W < 1 bsl 16, (A bor B) < 256 ->
            {A, B, W bsr 8, W band 255};
        [D, C, B, A] when (A bor B bor C bor D) < 256 ->
            {A, B, C, D};
        _ ->
            error(badarg)
    end.

bytes4(W) ->
    {W bsr 24, (W bsr 16) band 255, (W bsr 8) band 255, W band 255}.

loose_fields([_ | _], [_, _, _, _]) ->
    error(badarg);
loose_fields([$0, X | Cs], Acc) when X =:= $x; X =:= $X ->
    loose_field(skip_zeros(Cs), [], 8, 16, Acc);
loose_fields([$0 | Cs], Acc) ->
    loose_field(skip_zeros(Cs), [$0], 11, 8, Acc);
loose_fields(Cs, Acc) when is_list(Cs) ->
    loose_field(Cs, [], 10, 10, Acc).

loose_field(Cs, Digits, Max, Base, Acc) ->
    case take_field(Cs, Max, Digits) of
        {Field, []} -> [field_value(Field, Base) | Acc];
        {Field, [$. | [_ | _] = More]} -> loose_fields(More, [field_value(Field, Base) | Acc]);
        _ -> error(badarg)
    end.

skip_zeros([$0 | Cs]) -> skip_zeros(Cs);
skip_zeros(Cs) when is_list(Cs) -> Cs.

%% Up to Max characters before the next dot or the end; a field may not start with 0 unless
%% a prefix was already taken.
take_field([], _, Digits) ->
    {lists:reverse(Digits), []};
take_field([$. | _] = Rest, _, Digits) ->
    {lists:reverse(Digits), Rest};
take_field([$0 | _], _, []) ->
    error(badarg);
take_field([C | Cs], Max, Digits) when Max > 0 ->
    take_field(Cs, Max - 1, [C | Digits]);
take_field(Cs, _, _) when is_list(Cs) ->
    error(badarg).

field_value(Chars, Base) ->
    case list_to_integer(Chars, Base) of
        V when V < 0 -> error(badarg);
        V -> V
    end.

%%% IPv4, strict.

ipv4_strict(Cs) ->
    case strict_fields(Cs, []) of
        [D, C, B, A] when (A bor B bor C bor D) < 256 -> {A, B, C, D};
        _ -> error(badarg)
    end.

strict_fields([_ | _], [_, _, _, _]) ->
    error(badarg);
strict_fields("0", Acc) ->
    [0 | Acc];
strict_fields([$0, $. | More], Acc) ->
    strict_fields(More, [0 | Acc]);
strict_fields(Cs, Acc) when is_list(Cs) ->
    case take_field(Cs, 3, []) of
        {Field, []} -> [field_value(Field, 10) | Acc];
        {Field, [$. | [_ | _] = More]} -> strict_fields(More, [field_value(Field, 10) | Acc]);
        _ -> error(badarg)
    end.

%%% IPv6. Head groups come before a "::", tail groups after it; both lists are kept most
%%% recent first, and Count is the number of 16-bit groups seen so far.

ipv6("::") ->
    assemble([], [], 0);
ipv6("::" ++ Cs) ->
    tail(hex_group(Cs), [], [], 0);
ipv6(Cs) ->
    head(hex_group(Cs), [], 0).

head({G, "%" ++ Scope}, Head, 7) ->
    scoped(Scope, [hex_value(G) | Head], [], 8);
head({G, []}, Head, 7) ->
    assemble([hex_value(G) | Head], [], 8);
head({G, "::%" ++ Scope}, Head, N) when N =< 6 ->
    scoped(Scope, [hex_value(G) | Head], [], N + 1);
head({G, "::"}, Head, N) when N =< 6 ->
    assemble([hex_value(G) | Head], [], N + 1);
head({G, "::" ++ Cs}, Head, N) when N =< 5 ->
    tail(hex_group(Cs), [hex_value(G) | Head], [], N + 1);
head({G, ":" ++ Cs}, Head, N) when N =< 6 ->
    head(hex_group(Cs), [hex_value(G) | Head], N + 1);
head({G, "." ++ _ = Cs}, Head, 6) ->
    with_ipv4(ipv4_strict(G ++ Cs), Head, [], 6);
head(_, _, _) ->
    error(badarg).

tail({G, "%" ++ Scope}, Head, Tail, N) when N =< 6 ->
    scoped(Scope, Head, [hex_value(G) | Tail], N + 1);
tail({G, []}, Head, Tail, N) when N =< 6 ->
    assemble(Head, [hex_value(G) | Tail], N + 1);
tail({G, ":" ++ Cs}, Head, Tail, N) when N =< 5 ->
    tail(hex_group(Cs), Head, [hex_value(G) | Tail], N + 1);
tail({G, "." ++ _ = Cs}, Head, Tail, N) when N =< 5 ->
    with_ipv4(ipv4_strict(G ++ Cs), Head, Tail, N);
tail(_, _, _, _) ->
    error(badarg).

with_ipv4({A, B, C, D}, Head, Tail, N) ->
    assemble(Head, [(C bsl 8) bor D, (A bsl 8) bor B | Tail], N + 2).

%% The eight groups: head, the zeros the "::" stands for, tail (all most recent first).
groups(Head, Tail, N) ->
    lists:reverse(Tail ++ lists:duplicate(8 - N, 0) ++ Head).

assemble(Head, Tail, N) ->
    list_to_tuple(groups(Head, Tail, N)).

%% A link-local (fe80::) or multicast (ff02::) address with a zero second group takes the
%% scope id there.
scoped(Scope, Head, Tail, N) ->
    Id = scope_id(Scope),
    case groups(Head, Tail, N) of
        [P, 0 | Rest] when P =:= 16#fe80; P =:= 16#ff02 -> list_to_tuple([P, Id | Rest]);
        _ -> error(badarg)
    end.

scope_id([$0 | Decimal]) -> decimal16(Decimal, 0);
scope_id(_) -> 0.

decimal16([], V) ->
    V;
decimal16([C | Cs], V) when C >= $0, C =< $9 ->
    case V * 10 + (C - $0) of
        W when W > 16#ffff -> error(badarg);
        W -> decimal16(Cs, W)
    end;
decimal16(_, _) ->
    error(badarg).

%% One to four hex digits, and the rest.
hex_group(Cs) -> hex_group(Cs, [], 4).

hex_group([C | Cs], Acc, Left) when Left > 0, (C >= $0 andalso C =< $9 orelse
                                              C >= $a andalso C =< $f orelse
                                              C >= $A andalso C =< $F) ->
    hex_group(Cs, [C | Acc], Left - 1);
hex_group(Cs, [_ | _] = Acc, _) when is_list(Cs) ->
    {lists:reverse(Acc), Cs};
hex_group(_, _, _) ->
    error(badarg).

hex_value(Digits) -> list_to_integer(Digits, 16).

%%% Predicates.

-spec is_ipv4_address(term()) -> boolean().
is_ipv4_address({A, B, C, D}) when ?IS_BYTE(A), ?IS_BYTE(B), ?IS_BYTE(C), ?IS_BYTE(D) ->
    true;
is_ipv4_address(_) ->
    false.

-spec is_ipv6_address(term()) -> boolean().
is_ipv6_address({A, B, C, D, E, F, G, H})
  when ?IS_WORD(A), ?IS_WORD(B), ?IS_WORD(C), ?IS_WORD(D),
       ?IS_WORD(E), ?IS_WORD(F), ?IS_WORD(G), ?IS_WORD(H) ->
    true;
is_ipv6_address(_) ->
    false.

-spec is_ip_address(term()) -> boolean().
is_ip_address(Ip) ->
    is_ipv4_address(Ip) orelse is_ipv6_address(Ip).

-spec ipv4_mapped_ipv6_address(tuple()) -> tuple().
ipv4_mapped_ipv6_address({A, B, C, D}) when (A bor B bor C bor D) < 256 ->
    {0, 0, 0, 0, 0, 16#ffff, (A bsl 8) bor B, (C bsl 8) bor D};
ipv4_mapped_ipv6_address({A, B, C, D, E, F, G, H})
  when (A bor B bor C bor D bor E bor F bor G bor H) < 65536 ->
    {G bsr 8, G band 255, H bsr 8, H band 255}.
