#!/usr/bin/env escript
%% -*- erlang -*-
%% Writes the expectations of vm/tests/etf_oracle.rs from real OTP 25: random terms (fixed
%% seed) with what OTP gives for them: term_to_binary/2 under several option sets, the
%% external size, term_to_iovec part sizes, phash2/1 (full 32 bits via range 2^32) and
%% phash/2 (range 2^32).
%%
%% Run from the repository root:  escript vm/tests/etf_oracle/gen.escript
%% Output: vm/tests/etf_oracle/cases.bin.z (zlib of the records below) and
%% vm/tests/etf_oracle/decode.bin.z (mutated encodings and what binary_to_term/2 with [used]
%% made of them: <<Len:32, Bin/binary, 0:8>> for badarg, or
%% <<Len:32, Bin/binary, 1:8, Used:32, ReLen:32, term_to_binary(Result):ReLen/binary>>;
%% results holding local funs are left out, as this VM's funs need their module).
%%
%% Record: <<TermLen:32, Term:TermLen/binary (term_to_binary(T)),
%%           NOpts:8, [<<OptIndex:8, Len:32, Bytes:Len/binary>>],
%%           ExtSize:32, NParts:16, [<<PartSize:32>>], Phash2:32, Phash:32>>
%% OptIndex is the position (0-based) in option_sets().
-mode(compile).

option_sets() ->
    [[], [{minor_version, 0}], [{minor_version, 2}], [compressed], [{compressed, 1}],
     [{compressed, 9}], [deterministic], [{minor_version, 0}, compressed]].

main(_) ->
    rand:seed(exsss, {17, 42, 4711}),
    Terms = fixed_terms() ++ random_terms(3000, []),
    Records = [record(T) || T <- Terms],
    Data = iolist_to_binary(Records),
    ok = file:write_file("vm/tests/etf_oracle/cases.bin.z", zlib:compress(Data)),
    io:format("~p cases, ~p bytes (~p compressed)~n",
              [length(Terms), byte_size(Data), byte_size(zlib:compress(Data))]),
    Seeds = [term_to_binary(T, O) || T <- lists:sublist(Terms, 1, 400) ++ lists:nthtail(3000, Terms),
                                     O <- [[], [compressed], [{minor_version, 0}]]],
    Mutants = lists:append([mutants(B) || B <- Seeds]),
    Dec = iolist_to_binary([decode_record(B) || B <- Mutants]),
    ok = file:write_file("vm/tests/etf_oracle/decode.bin.z", zlib:compress(Dec)),
    io:format("~p decode cases, ~p bytes (~p compressed)~n",
              [length(Mutants), byte_size(Dec), byte_size(zlib:compress(Dec))]).

%% Truncations, changed bytes, inserted bytes and tags written over other bytes.
mutants(B) ->
    N = byte_size(B),
    Tags = [70, 77, 80, 88, 89, 90, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108,
            109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 0, 255],
    [B, <<B/binary, 0>>] ++
    [binary:part(B, 0, rand:uniform(N) - 1) || _ <- [1, 2]] ++
    [setbyte(B, rand:uniform(N) - 1, rand:uniform(256) - 1) || _ <- [1, 2, 3]] ++
    [setbyte(B, rand:uniform(N) - 1, lists:nth(rand:uniform(length(Tags)), Tags)) || _ <- [1, 2]] ++
    [begin P = rand:uniform(N), <<(binary:part(B, 0, P))/binary, (rand:uniform(256) - 1),
                                  (binary:part(B, P, N - P))/binary>> end].

setbyte(B, I, V) ->
    <<Pre:I/binary, _, Post/binary>> = B,
    <<Pre/binary, V, Post/binary>>.

decode_record(B) ->
    Res = try {ok, binary_to_term(B, [used])} catch error:badarg -> badarg end,
    case Res of
        badarg -> <<(byte_size(B)):32, B/binary, 0>>;
        {ok, {T, Used}} ->
            case has_local_fun(T) of
                true -> <<>>;
                false ->
                    Re = term_to_binary(T),
                    <<(byte_size(B)):32, B/binary, 1, Used:32, (byte_size(Re)):32, Re/binary>>
            end
    end.

has_local_fun(F) when is_function(F) -> erlang:fun_info(F, type) =:= {type, local};
has_local_fun(T) when is_tuple(T) -> has_local_fun(tuple_to_list(T));
has_local_fun([H | T]) -> has_local_fun(H) orelse has_local_fun(T);
has_local_fun(M) when is_map(M) -> has_local_fun(maps:to_list(M));
has_local_fun(_) -> false.

%% Random terms whose encoding stays under 2500 bytes (shared subterms are encoded each time).
random_terms(0, Acc) -> lists:reverse(Acc);
random_terms(N, Acc) ->
    T = gen(4),
    case erlang:external_size(T) < 2500 of
        true -> random_terms(N - 1, [T | Acc]);
        false -> random_terms(N, Acc)
    end.

record(T) ->
    Self = term_to_binary(T),
    Opts = option_sets(),
    Encs = [begin
                B = term_to_binary(T, O),
                <<(I - 1):8, (byte_size(B)):32, B/binary>>
            end || {I, O} <- lists:zip(lists:seq(1, length(Opts)), Opts)],
    Parts = term_to_iovec(T),
    [<<(byte_size(Self)):32, Self/binary, (length(Opts)):8>>, Encs,
     <<(erlang:external_size(T)):32, (length(Parts)):16>>,
     [<<(byte_size(P)):32>> || P <- Parts],
     <<(erlang:phash2(T, 1 bsl 32)):32, (phash(T) - 1):32>>].

-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).
phash(T) -> erlang:phash(T, 1 bsl 32).

%% Edge cases first.
fixed_terms() ->
    Ints = [0, 1, -1, 255, 256, -256, (1 bsl 27) - 1, 1 bsl 27, -(1 bsl 27), -(1 bsl 27) - 1,
            (1 bsl 31) - 1, 1 bsl 31, -(1 bsl 31), -(1 bsl 31) - 1, (1 bsl 32) - 1, 1 bsl 32,
            (1 bsl 59) - 1, 1 bsl 59, -(1 bsl 59), -(1 bsl 59) - 1, (1 bsl 63) - 1, 1 bsl 63,
            (1 bsl 64) - 1, 1 bsl 64, -(1 bsl 64), 1 bsl 2039, 1 bsl 2040, -(1 bsl 2047),
            1 bsl 2048, 1 bsl 5000],
    Floats = [0.0, -0.0, 1.0, -1.0, 0.1, 1.0e300, -1.0e-300, 5.0e-324, 2.2250738585072014e-308,
              1.7976931348623157e308, 123456789.123456789, 0.5, 3.0e22],
    Atoms = [a, '', 'é', 'ÿ', '日本', 'Ω', list_to_atom(lists:duplicate(255, $z)),
             list_to_atom(lists:duplicate(255, 233)), list_to_atom(lists:duplicate(100, 8364)),
             true, false, undefined, 'hello world', nonode@nohost],
    Bins = [<<>>, <<1>>, <<1:1>>, <<255, 7:3>>, binary:copy(<<"x">>, 64), binary:copy(<<"y">>, 65),
            <<(binary:copy(<<"z">>, 100))/binary, 5:5>>, binary:copy(<<"abc">>, 1000)],
    Lists = [[], "abc", [1, 256], [a | b], [1, 2, 3 | 4], lists:seq(1, 300), lists:duplicate(65535, 7),
             lists:duplicate(65536, 7), [[]], [[], []], "abcde", [<<1>> | <<2>>]],
    Tuples = [{}, {a}, {a, 1}, erlang:make_tuple(255, x), erlang:make_tuple(256, x), {{{{}}}}],
    Maps = [#{}, #{a => 1}, #{1 => a, 1.0 => b, a => c, 0.5 => d, -2 => e, 3.0 => f},
            maps:from_list([{N, N} || N <- lists:seq(1, 32)]),
            maps:from_list([{N, N} || N <- lists:seq(1, 33)]),
            maps:from_list([{N, N * 2} || N <- lists:seq(-50, 50)]),
            maps:from_list([{<<N:16>>, N} || N <- lists:seq(1, 200)]),
            maps:from_list([{{N, [N]}, N} || N <- lists:seq(1, 40)]),
            maps:from_list([{integer_to_list(N), N} || N <- lists:seq(1, 40)]),
            maps:from_list([{N * 1.5, N} || N <- lists:seq(1, 40)]),
            maps:from_list([{1 bsl (60 + N), N} || N <- lists:seq(1, 40)]),
            #{#{a => 1} => map_key, [] => nil}],
    Ids = [list_to_pid("<0.0.0>"), list_to_pid("<0.80.1>"), list_to_pid("<0.32767.8191>"),
           list_to_port("#Port<0.0>"), list_to_port("#Port<0.268435455>"),
           mkref(3, 2, 1), mkref(4294967295, 4294967295, 262143),
           fun lists:map/2, fun erlang:abs/1, erlang:make_fun(m, f, 0), erlang:make_fun(m, f, 255)],
    Ints ++ [-I || I <- Ints] ++ Floats ++ Atoms ++ Bins ++ Lists ++ Tuples ++ Maps ++ Ids ++
        [{Ints, Floats, Atoms}, [Bins, Lists], {Tuples, Maps}, Ids].

%% Random terms. Big maps get keys without atoms (OTP orders them by a hash of the atom's
%% table index, which another VM cannot reproduce).
gen(D) when D =< 0 -> leaf();
gen(D) ->
    case rand:uniform(20) of
        N when N =< 8 -> leaf();
        9 -> list_to_tuple([gen(D - 1) || _ <- lists:seq(1, rand:uniform(6) - 1)]);
        10 -> [gen(D - 1) || _ <- lists:seq(1, rand:uniform(6) - 1)];
        11 -> [gen(D - 1) || _ <- lists:seq(1, rand:uniform(3))] ++ leaf();
        12 -> [rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(40) - 1)];
        13 -> maps:from_list([{gen(D - 1), gen(D - 1)} || _ <- lists:seq(1, rand:uniform(8) - 1)]);
        14 -> maps:from_list([{keygen(D - 1), gen(D - 2)} || _ <- lists:seq(1, 33 + rand:uniform(60))]);
        15 -> {gen(D - 1), gen(D - 1)};
        16 -> [gen(D - 1) | gen(D - 1)];
        17 -> erlang:make_tuple(rand:uniform(300), leaf());
        18 -> [[gen(D - 1)]];
        19 -> #{gen(D - 1) => gen(D - 1)};
        _ -> {leaf(), [leaf(), leaf()], leaf()}
    end.

keygen(D) when D =< 0 -> keyleaf();
keygen(D) ->
    case rand:uniform(6) of
        1 -> {keygen(D - 1), keyleaf()};
        2 -> [keyleaf() || _ <- lists:seq(1, rand:uniform(4) - 1)];
        3 -> [keygen(D - 1) | keyleaf()];
        _ -> keyleaf()
    end.

keyleaf() ->
    case rand:uniform(7) of
        1 -> rand:uniform(1000) - 500;
        2 -> rand:uniform(1 bsl 64) * (rand:uniform(3) - 2);
        3 -> float(rand:uniform(1000)) / 7;
        4 -> rand_bytes(rand:uniform(20) - 1);
        5 -> <<(rand_bytes(rand:uniform(5)))/binary, (rand:uniform(7)):3>>;
        6 -> [rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(10))];
        _ -> rand:uniform(1 bsl 59)
    end.

leaf() ->
    case rand:uniform(16) of
        1 -> rand:uniform(256) - 1;
        2 -> rand:uniform(1 bsl 32) - (1 bsl 31);
        3 -> rand:uniform(1 bsl 62) - (1 bsl 61);
        4 -> (rand:uniform(1 bsl (8 * rand:uniform(case rand:uniform(10) of 1 -> 300; _ -> 24 end))) - 1)
                 * (rand:uniform(3) - 2);
        5 -> rand_float();
        6 -> lists:nth(rand:uniform(8), [a, b, ok, '', 'é', '日本', 'with space', 'UPPER']);
        7 -> rand_bytes(rand:uniform(100) - 1);
        8 -> <<(rand_bytes(rand:uniform(80) - 1))/binary, (rand:uniform(127)):7>>;
        9 -> [];
        10 -> {};
        11 -> [rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(30))];
        12 -> list_to_pid("<0." ++ integer_to_list(rand:uniform(32768) - 1) ++ "." ++
                             integer_to_list(rand:uniform(8192) - 1) ++ ">");
        13 -> mkref(rand:uniform(1 bsl 32) - 1, rand:uniform(1 bsl 32) - 1, rand:uniform(1 bsl 18) - 1);
        14 -> fun lists:seq/2;
        15 -> binary:copy(rand_bytes(rand:uniform(4)), rand:uniform(50));
        _ -> rand:uniform(1000000)
    end.

%% The reference printed as #Ref<0.A.B.C>.
mkref(A, B, C) ->
    binary_to_term(<<131, 90, 0, 3, 100, 0, 13, "nonode@nohost", 0:32, C:32, B:32, A:32>>).

rand_bytes(N) -> << <<(rand:uniform(256) - 1)>> || _ <- lists:seq(1, N) >>.

rand_float() ->
    case rand:uniform(3) of
        1 -> rand:uniform() * math:pow(10, rand:uniform(600) - 300);
        2 -> float(rand:uniform(1000) - 500);
        _ ->
            <<F/float>> = <<(rand:uniform(16#7FEFFFFFFFFFFFFF)):64>>,
            case rand:uniform(2) of 1 -> F; _ -> -F end
    end.
