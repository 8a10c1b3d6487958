-module(otp_sofs).
-export([start/0]).

%% sofs (sets of sets, relations and functions): a pure, heavily recursive stdlib module.

start() ->
    R = sofs:relation([{a, 1}, {b, 2}, {a, 3}, {c, 2}]),
    S = sofs:set([3, 1, 2, 2]),
    F = sofs:family([{x, [1, 2]}, {y, [2, 3]}]),
    Out = [sofs:to_external(S), sofs:to_external(R), sofs:to_external(sofs:domain(R)), sofs:to_external(sofs:range(R)),
           sofs:to_external(sofs:converse(R)), sofs:to_external(sofs:relation_to_family(R)),
           sofs:to_external(sofs:union_of_family(F)), sofs:to_external(sofs:intersection_of_family(F)),
           sofs:to_external(sofs:family_to_relation(F)),
           sofs:to_external(sofs:union(S, sofs:set([4]))), sofs:to_external(sofs:product(sofs:set([a, b]), sofs:set([1, 2]))),
           sofs:to_external(sofs:restriction(R, sofs:set([a]))), sofs:to_external(sofs:image(R, sofs:set([a, c]))),
           sofs:no_elements(S), sofs:is_subset(sofs:set([1]), S), sofs:to_external(sofs:partition(1, R)),
           sofs:to_external(sofs:composite(sofs:a_function([{1, x}, {2, y}]), sofs:a_function([{x, xx}, {y, yy}]))),
           sofs:to_external(sofs:relative_product(R, sofs:relation([{1, one}, {2, two}]))),
           sofs:to_external(sofs:specification(fun(X) -> X > 1 end, S)), sofs:type(R), sofs:type(F)],
    {Out}.
