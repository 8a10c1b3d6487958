-module(ets_named).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% Named tables: access by name, whereis, rename (named and unnamed), the name taken after
%% delete, ets:all/0 (names only), info/1 without the id and owner, keypos and protection.

start() ->
    N = ets:new(ets_named_tab, [named_table, public, {keypos, 2}]),
    Ops = [N, ets:insert(ets_named_tab, {v, k1}), ets:lookup(ets_named_tab, k1),
           is_reference(ets:whereis(ets_named_tab)), ets:whereis(ets_named_missing),
           ets:info(ets:whereis(ets_named_tab), name)],
    Info = strip(ets:info(ets_named_tab)),
    AllHas = lists:member(ets_named_tab, ets:all()),
    Ren = [ets:rename(ets_named_tab, ets_named_renamed), ?T(ets:lookup(ets_named_tab, k1)),
           ets:lookup(ets_named_renamed, k1), ets:whereis(ets_named_tab),
           ets:info(ets_named_renamed, name), lists:member(ets_named_renamed, ets:all()),
           lists:member(ets_named_tab, ets:all())],
    Other = ets:new(ets_named_tab, [named_table]),
    Clash = [Other, ?T(ets:rename(ets_named_renamed, ets_named_tab)), ?T(ets:rename(ets_named_renamed, ets_named_renamed))],
    U = ets:new(ets_named_unnamed, []),
    Unnamed = [ets:info(U, name), ets:info(U, named_table), is_reference(ets:rename(U, ets_named_tab)),
               ets:info(U, name), ets:whereis(ets_named_unnamed), ets:rename(ets_named_tab, ets_named_tab2),
               ets:info(ets_named_tab2, named_table), lists:member(U, ets:all())],
    Del = [ets:delete(ets_named_renamed), ?T(ets:insert(ets_named_renamed, {a, b})), ets:info(ets_named_renamed),
           ets:new(ets_named_renamed, [named_table]), ets:info(ets_named_renamed, size),
           ets:delete(ets_named_renamed), ets:delete(ets_named_tab2), ets:delete(U),
           lists:member(ets_named_renamed, ets:all()), lists:member(U, ets:all())],
    Prot = [[ets:info(ets:new(x, P), protection) || P <- [[], [public], [private], [protected], [public, private]]]],
    Kp = [?T(ets:insert(ets:new(x, [{keypos, 3}]), {a, b})), ets:info(ets:new(x, [{keypos, 3}]), keypos)],
    {Ops, Info, AllHas, Ren, Clash, Unnamed, Del, Prot, Kp}.

strip(L) -> [I || {K, _} = I <- L, K =/= id, K =/= owner, K =/= memory].

catching(F) ->
    try F() catch C:R:S -> {C, R, info(S)} end.
info([{_, _, _, [{error_info, I} | _]} | _]) -> I;
info(_) -> none.
