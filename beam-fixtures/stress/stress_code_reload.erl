%% Purged code is freed: a module whose functions return big literal terms is loaded 400
%% times, its two versions in turn (each load purges the version loaded two steps before),
%% while processes hold literal terms of the versions they saw. run/0 returns whether every
%% held term is intact at the end and whether erlang:memory(code) stayed within 1 MB of
%% what it was after the first 20 loads (it grows by the size of every version loaded if
%% purged code is never freed). measure/0 (not part of the expectation) reports the figures.
%% tests/code_release.rs runs it on BeamOS.
-module(stress_code_reload).
-export([run/0, measure/0]).
-include("../code_loading/embedded_beams.hrl").

-define(M, cl_embed_literals).
-define(LOADS, 400).
-define(WARMUP, 20).

run() ->
    {Intact, Before, After, _Holders} = cycle(),
    {Intact, After - Before < 1000000}.

measure() ->
    {Intact, Before, After, Holders} = cycle(),
    [{intact, Intact}, {loads, ?LOADS}, {holders, Holders},
     {code_bytes_after_warmup, Before}, {code_bytes_at_end, After}].

cycle() ->
    Beams = {?BEAM_V1_CL_EMBED_LITERALS, ?BEAM_V2_CL_EMBED_LITERALS},
    Tab = ets:new(references, [set, private]),
    Holders = loop(1, Beams, Tab, [], undefined),
    After = erlang:memory(code),
    Self = self(),
    [H ! {give, Self} || {H, _} <- Holders],
    Intact = lists:all(fun({H, Version}) ->
                               [{Version, Ref}] = ets:lookup(Tab, Version),
                               receive {held, H, T} -> T =:= Ref end
                       end, Holders),
    [H ! stop || {H, _} <- Holders],
    ets:delete(Tab),
    _ = code:purge(?M),
    _ = code:delete(?M),
    _ = code:purge(?M),
    {Intact, get(before), After, length(Holders)}.

loop(N, _Beams, _Tab, Holders, _) when N > ?LOADS ->
    Holders;
loop(N, Beams, Tab, Holders, _) ->
    Version = 2 - N rem 2,
    {module, ?M} = code:load_binary(?M, "v.beam", element(Version, Beams)),
    Big = ?M:big(),
    ets:insert_new(Tab, {Version, Big}),
    N =:= ?WARMUP andalso put(before, erlang:memory(code)),
    Holders1 = case N rem 20 of
                   0 -> [{spawn(fun() -> hold(Big) end), Version} | Holders];
                   _ -> Holders
               end,
    loop(N + 1, Beams, Tab, Holders1, Big).

hold(T) ->
    receive
        {give, From} -> From ! {held, self(), T}, hold(T);
        stop -> ok
    end.
