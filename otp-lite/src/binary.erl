%% The binary module of OTP 25. Its searching, splitting and byte functions are BIFs (the
%% stubs below, bound to native code by the VM); this file holds the functions OTP writes
%% in Erlang on top of them: replace/3,4, bin_to_list/1,2,3, encode_hex/1, decode_hex/1.
%% Errors carry OTP's error_info (erl_stdlib_errors).
-module(binary).

-export([replace/3, replace/4, encode_hex/1, decode_hex/1,
         bin_to_list/1, bin_to_list/2, bin_to_list/3]).
-export([at/2, compile_pattern/1, copy/1, copy/2, decode_unsigned/1, decode_unsigned/2,
         encode_unsigned/1, encode_unsigned/2, first/1, last/1, list_to_bin/1,
         longest_common_prefix/1, longest_common_suffix/1, match/2, match/3, matches/2,
         matches/3, part/2, part/3, referenced_byte_size/1, split/2, split/3]).

-export_type([cp/0]).
-opaque cp() :: {'ac' | 'bm', reference()}.

%% Inlined so that the error's frame is the exported function's, as in OTP.
-compile({inline, [fail/2, fail/3]}).

%%% BIFs

at(_, _) -> erlang:nif_error(undef).
compile_pattern(_) -> erlang:nif_error(undef).
copy(_) -> erlang:nif_error(undef).
copy(_, _) -> erlang:nif_error(undef).
decode_unsigned(_) -> erlang:nif_error(undef).
decode_unsigned(_, _) -> erlang:nif_error(undef).
encode_unsigned(_) -> erlang:nif_error(undef).
encode_unsigned(_, _) -> erlang:nif_error(undef).
first(_) -> erlang:nif_error(undef).
last(_) -> erlang:nif_error(undef).
list_to_bin(_) -> erlang:nif_error(undef).
longest_common_prefix(_) -> erlang:nif_error(undef).
longest_common_suffix(_) -> erlang:nif_error(undef).
match(_, _) -> erlang:nif_error(undef).
match(_, _, _) -> erlang:nif_error(undef).
matches(_, _) -> erlang:nif_error(undef).
matches(_, _, _) -> erlang:nif_error(undef).
part(_, _) -> erlang:nif_error(undef).
part(_, _, _) -> erlang:nif_error(undef).
referenced_byte_size(_) -> erlang:nif_error(undef).
split(_, _) -> erlang:nif_error(undef).
split(_, _, _) -> erlang:nif_error(undef).

%%% bin_to_list

bin_to_list(Subject) ->
    try binary_to_list(Subject)
    catch error:Reason -> fail(Reason, [Subject])
    end.

bin_to_list(Subject, {Pos, Len}) ->
    try bin_to_list(Subject, Pos, Len)
    catch error:Reason -> fail(Reason, [Subject, {Pos, Len}])
    end;
bin_to_list(Subject, PosLen) ->
    fail(badarg, [Subject, PosLen]).

bin_to_list(Subject, Pos, Len)
  when not is_binary(Subject); not is_integer(Pos); not is_integer(Len) ->
    fail(badarg, [Subject, Pos, Len]);
bin_to_list(Subject, Pos, 0) when Pos >= 0, Pos =< byte_size(Subject) ->
    [];
bin_to_list(Subject, Pos, Len) when Len < 0 ->
    %% A negative length counts back from Pos.
    try bin_to_list(Subject, Pos + Len, -Len)
    catch error:Reason -> fail(Reason, [Subject, Pos, Len])
    end;
bin_to_list(Subject, Pos, Len) when Len > 0 ->
    try binary_to_list(Subject, Pos + 1, Pos + Len)
    catch error:Reason -> fail(Reason, [Subject, Pos, Len])
    end;
bin_to_list(Subject, Pos, Len) ->
    fail(badarg, [Subject, Pos, Len]).

%%% replace

replace(Subject, Pattern, Replacement) ->
    try replace(Subject, Pattern, Replacement, [])
    catch error:Reason -> fail(Reason, [Subject, Pattern, Replacement])
    end.

replace(Subject, Pattern, Replacement, Options) ->
    Args = [Subject, Pattern, Replacement, Options],
    try
        true = is_binary(Replacement),
        {Scope, Global, Insert} = replace_options(Options, none, false, []),
        MatchOpts = case Scope of
                        none -> [];
                        _ -> [{scope, Scope}]
                    end,
        Found = case Global of
                    true ->
                        binary:matches(Subject, Pattern, MatchOpts);
                    false ->
                        case binary:match(Subject, Pattern, MatchOpts) of
                            nomatch -> [];
                            Match -> [Match]
                        end
                end,
        With = case Insert of
                   [] -> Replacement;
                   N when is_integer(N) -> cut(Replacement, 0, [N]);
                   Ns when is_list(Ns) -> cut(Replacement, 0, lists:sort(Ns))
               end,
        erlang:iolist_to_binary(rebuild(Subject, Found, With, 0))
    catch
        throw:badopt -> fail(badarg, Args, badopt);
        _:_ -> fail(badarg, Args)
    end.

%% {Scope, Global, InsertPositions}; later options override earlier ones.
replace_options([], Scope, Global, Insert) -> {Scope, Global, Insert};
replace_options([{scope, {_, _} = Scope} | T], _, Global, Insert) ->
    replace_options(T, Scope, Global, Insert);
replace_options([global | T], Scope, _, Insert) ->
    replace_options(T, Scope, true, Insert);
replace_options([{insert_replaced, Insert} | T], Scope, Global, _) ->
    replace_options(T, Scope, Global, Insert);
replace_options(_, _, _, _) ->
    throw(badopt).

%% The subject with each {Pos, Len} match replaced (matches are in order, not overlapping).
rebuild(Subject, [], _With, From) ->
    [binary:part(Subject, {From, byte_size(Subject) - From})];
rebuild(Subject, [{Pos, Len} | Rest], With, From) ->
    Replacement = case is_list(With) of
                      true -> interleave(With, binary:part(Subject, {Pos, Len}));
                      false -> With
                  end,
    [binary:part(Subject, {From, Pos - From}), Replacement
     | rebuild(Subject, Rest, With, Pos + Len)].

%% The pieces of the replacement with the matched part between each two.
interleave([Last], _Matched) -> [Last];
interleave([Piece | More], Matched) -> [Piece, Matched | interleave(More, Matched)].

%% The replacement cut at the given (sorted) byte positions.
cut(Bin, From, []) -> [binary:part(Bin, {From, byte_size(Bin) - From})];
cut(Bin, From, [At | More]) -> [binary:part(Bin, {From, At - From}) | cut(Bin, At, More)].

%%% Hexadecimal

encode_hex(Bin) when is_binary(Bin) ->
    << <<(hex_digit(B bsr 4)), (hex_digit(B band 15))>> || <<B>> <= Bin >>;
encode_hex(Bin) ->
    fail(badarg, [Bin]).

hex_digit(D) when D < 10 -> $0 + D;
hex_digit(D) -> $A - 10 + D.

decode_hex(Bin) when is_binary(Bin), byte_size(Bin) rem 2 =:= 0 ->
    << <<(unhex(Hi, Lo))>> || <<Hi, Lo>> <= Bin >>;
decode_hex(Bin) ->
    fail(badarg, [Bin]).

unhex(Hi, Lo) ->
    case {nibble(Hi), nibble(Lo)} of
        {H, L} when is_integer(H), is_integer(L) -> H * 16 + L;
        _ -> fail(badarg, [<<Hi, Lo>>])
    end.

nibble(C) when C >= $0, C =< $9 -> C - $0;
nibble(C) when C >= $A, C =< $F -> C - $A + 10;
nibble(C) when C >= $a, C =< $f -> C - $a + 10;
nibble(_) -> bad.

%%% Errors

fail(Reason, Args) ->
    erlang:error(Reason, Args, [{error_info, #{module => erl_stdlib_errors}}]).

fail(Reason, Args, Cause) ->
    erlang:error(Reason, Args, [{error_info, #{module => erl_stdlib_errors, cause => Cause}}]).
