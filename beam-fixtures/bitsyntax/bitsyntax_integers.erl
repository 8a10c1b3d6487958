-module(bitsyntax_integers).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Integer segments: every size from 1 to 72 bits, signed and unsigned, big/little/native,
%% units, values that do not fit (truncated to the low bits), and size errors.

start() ->
    Vals = id([0, 1, -1, 5, -5, 127, 128, -128, 255, 256, 16#ABCD, -16#ABCD, 1 bsl 59, -(1 bsl 63), (1 bsl 64) + 3]),
    Sizes = id([1, 3, 7, 8, 9, 13, 16, 24, 31, 32, 33, 48, 57, 63, 64, 65, 72]),
    Big = [<<V:S>> || V <- Vals, S <- Sizes],
    Little = [<<V:S/little>> || V <- Vals, S <- Sizes],
    %% Decode every encoding back as unsigned and signed, big and little.
    Decoded = [decode(V, S) || V <- Vals, S <- Sizes],
    Units = [<<V:3/unit:4>> || V <- [0, 1, 16#FFF, -1]] ++ [<<V:2/unit:8-little>> || V <- [1, 16#0102]],
    Native = [<<1:32/native>> =:= <<1:32/little>> | [<<V:16/native>> || V <- [1, 2]]],
    Dynamic = [dyn(S) || S <- [0, 1, 8, 17, 64, 100]],
    Errs = [?T(<<1:(id(-1))>>), ?T(<<(id(a)):8>>), ?T(<<(id(1.0)):8>>), ?T(<<1:(id(a))>>),
            ?T(<<1:(id(1 bsl 70))>>), ?T(<<(id(1)):8/unit:3>>)],
    MatchSigned = [begin <<A:4/signed, B:4/signed, C:8/signed-little, D:16/signed>> = <<X, Y, Z, W>>, {A, B, C, D} end
                   || {X, Y, Z, W} <- [{16#F7, 16#80, 16#7F, 255}, {0, 1, 2, 128}]],
    {Big, Little, Decoded, Units, Native, Dynamic, Errs, MatchSigned}.

decode(V, S) ->
    B = <<V:S>>,
    L = <<V:S/little>>,
    <<U:S>> = B,
    <<Sg:S/signed>> = B,
    <<UL:S/little>> = L,
    <<SL:S/signed-little>> = L,
    {U, Sg, UL =:= U, SL =:= Sg}.

dyn(S) ->
    B = <<16#123456789ABCDEF0123456789:S>>,
    <<X:S, Rest/bits>> = <<B/bits, 1:1>>,
    {B, X, Rest}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
