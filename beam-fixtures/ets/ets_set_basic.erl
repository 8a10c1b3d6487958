-module(ets_set_basic).
-export([start/0]).
-define(T(E), catching(fun() -> E end)).

%% set tables: insert/lookup/member/delete, lists of objects, insert_new, the iteration
%% order of first/next and tab2list (OTP's hash order for integer and atom keys), info items.

start() ->
    T = ets:new(s, [set]),
    Ins = [ets:insert(T, {a, 1}), ets:insert(T, [{b, 2}, {c, 3}, {b, 22}]),
           ets:insert(T, {d}), ets:insert(T, []), ets:insert(T, {a, 11, extra})],
    Look = [ets:lookup(T, K) || K <- [a, b, c, d, e, 1]],
    Mem = [ets:member(T, K) || K <- [a, e]],
    New = [ets:insert_new(T, {a, x}), ets:insert_new(T, {e, 5}), ets:insert_new(T, [{f, 6}, {a, 0}]),
           ets:lookup(T, f), ets:insert_new(T, [{g, 7}, {h, 8}, {g, 9}]), ets:lookup(T, g), ets:insert_new(T, [])],
    Del = [ets:delete(T, b), ets:delete(T, nokey), ets:lookup(T, b), ets:info(T, size)],
    Walk = walk(T),
    List = ets:tab2list(T),
    Info = [ets:info(T, I) || I <- [name, named_table, type, keypos, protection, size, compressed,
                                    read_concurrency, write_concurrency, decentralized_counters,
                                    heir, node, fixed]],
    Ints = ets:new(ints, [set, public]),
    ets:insert(Ints, [{K, K * K} || K <- lists:seq(1, 40)]),
    IntWalk = walk(Ints),
    IntList = [K || {K, _} <- ets:tab2list(Ints)],
    Neg = ets:new(neg, []),
    ets:insert(Neg, [{K} || K <- lists:seq(-20, 20, 3)] ++ [{1 bsl 40}, {-(1 bsl 50)}, {576460752303423487}]),
    NegList = ets:tab2list(Neg),
    Atoms = ets:new(atoms, []),
    ets:insert(Atoms, [{K, n} || K <- [alpha, beta, gamma, delta, epsilon, zeta, eta, theta, iota, kappa,
                                       lambda, mu, nu, xi, omicron, pi, rho, sigma, tau, upsilon, 'ä', 'São']]),
    AtomList = [K || {K, _} <- ets:tab2list(Atoms)],
    AtomWalk = walk(Atoms),
    Float = ets:new(f, []),
    ets:insert(Float, [{1, int}, {1.0, float}, {2.0, f2}]),
    FloatLook = [ets:lookup(Float, 1), ets:lookup(Float, 1.0), ets:lookup(Float, 2), ets:info(Float, size)],
    Deleted = [ets:delete(Float), ?T(ets:lookup(Float, 1)), ets:info(Float)],
    Mems = [ets:info(Tab, memory) || Tab <- [Ints, Neg, Atoms]],
    {Ins, Look, Mem, New, Del, Walk, List, Info, IntWalk, IntList, NegList, AtomList, AtomWalk,
     FloatLook, Deleted, Mems}.

walk(T) -> walk(T, ets:first(T), []).
walk(_, '$end_of_table', Acc) -> lists:reverse(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).

catching(F) ->
    try F() catch C:R:S -> {C, R, info(S)} end.
info([{_, _, _, [{error_info, I} | _]} | _]) -> I;
info(_) -> none.
