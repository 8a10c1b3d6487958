%% erl_parse:abstract/1,2 (which lists become strings, per encoding; bitstrings; maps;
%% external funs), normalise/1 back to the term, and parse_term of the text io_lib:write
%% makes of a term, for terms of every type.
-module(scan_abstract).
-export([start/0]).

terms() ->
    [0, -1, 1 bsl 70, 1.5, -0.0, atom, 'Quoted atom', [], "string", [1, 2, 3], [a | b],
     [$a, $b | c], [$a, -1, $b], "caf\x{e9}", [16#1F600, $x], [300, 200], {}, {a, {b, "c"}},
     <<>>, <<1, 2, 3>>, <<5:3>>, <<1, 2:4>>, #{}, #{a => 1, "k" => [2]}, fun lists:map/2,
     [{x, <<"bin">>, #{1 => [1.0]}}]].

start() ->
    Abstract = [erl_parse:abstract(T) || T <- terms()],
    Located = [erl_parse:abstract(T, L) || T <- ["ab", {1, "x"}], L <- [7, {3, 4}]],
    Encodings = [erl_parse:abstract(T, [{encoding, E}, {line, 2}])
                 || T <- ["caf\x{e9}", [16#1F600, $x], [300]], E <- [latin1, utf8, none]],
    RoundTrip = [erl_parse:normalise(erl_parse:abstract(T)) =:= T || T <- terms()],
    Written = [begin
                   {ok, Toks, _} = erl_scan:string(lists:flatten(io_lib:write(T)) ++ "."),
                   erl_parse:parse_term(Toks) =:= {ok, T}
               end || T <- terms(), not is_function(T)],
    BadNormalise = [catching(fun() -> erl_parse:normalise(A) end)
                    || A <- [{var, 1, 'X'}, {op, 1, '-', {atom, 1, a}},
                             {map, 1, [{map_field_exact, 1, {atom, 1, a}, {integer, 1, 1}}]}]],
    {Abstract, Located, Encodings, RoundTrip, Written, BadNormalise}.

catching(F) ->
    try F()
    catch Class:Reason -> {Class, Reason}
    end.
