%% otp-lite: the `ordsets` module, API-compatible with OTP 25: a strictly ascending list,
%% elements compared with == (so 1 and 1.0 are the same element).
-module(ordsets).

-export([new/0, is_set/1, size/1, is_empty/1, to_list/1, from_list/1]).
-export([is_element/2, add_element/2, del_element/2]).
-export([union/2, union/1, intersection/2, intersection/1]).
-export([is_disjoint/2]).
-export([subtract/2, is_subset/2]).
-export([fold/3, filter/2]).

-export_type([ordset/1]).

-type ordset(T) :: [T].

new() -> [].

is_set([E | Es]) -> ascending(Es, E);
is_set([]) -> true;
is_set(_) -> false.

ascending([E2 | Es], E1) when E1 < E2 -> ascending(Es, E2);
ascending([_ | _], _) -> false;
ascending([], _) -> true.

size(S) -> length(S).

is_empty(S) -> S =:= [].

to_list(S) -> S.

from_list(L) -> lists:usort(L).

is_element(E, [H | Es]) when E > H -> is_element(E, Es);
is_element(E, [H | _]) when E < H -> false;
is_element(_E, [_ | _]) -> true;
is_element(_, []) -> false.

add_element(E, [H | Es]) when E > H -> [H | add_element(E, Es)];
add_element(E, [H | _] = S) when E < H -> [E | S];
add_element(_E, [_ | _] = S) -> S;
add_element(E, []) -> [E].

del_element(E, [H | Es]) when E > H -> [H | del_element(E, Es)];
del_element(E, [H | _] = S) when E < H -> S;
del_element(_E, [_ | Es]) -> Es;
del_element(_, []) -> [].

%% union, intersection and is_disjoint swap their arguments when the second set's head is
%% smaller; which of two equal elements is kept follows from that, as in OTP.
union([E1 | Es1], [E2 | _] = S2) when E1 < E2 -> [E1 | union(Es1, S2)];
union([E1 | _] = S1, [E2 | Es2]) when E1 > E2 -> [E2 | union(Es2, S1)];
union([E1 | Es1], [_ | Es2]) -> [E1 | union(Es1, Es2)];
union([], S2) -> S2;
union(S1, []) -> S1.

union(Sets) -> lists:umerge(Sets).

intersection([E1 | Es1], [E2 | _] = S2) when E1 < E2 -> intersection(Es1, S2);
intersection([E1 | _] = S1, [E2 | Es2]) when E1 > E2 -> intersection(Es2, S1);
intersection([E1 | Es1], [_ | Es2]) -> [E1 | intersection(Es1, Es2)];
intersection([], _) -> [];
intersection(_, []) -> [].

intersection([S1, S2 | Ss]) -> intersect_all(intersection(S1, S2), Ss);
intersection([S]) -> S.

intersect_all(S1, [S2 | Ss]) -> intersect_all(intersection(S1, S2), Ss);
intersect_all(S, []) -> S.

is_disjoint([E1 | Es1], [E2 | _] = S2) when E1 < E2 -> is_disjoint(Es1, S2);
is_disjoint([E1 | _] = S1, [E2 | Es2]) when E1 > E2 -> is_disjoint(Es2, S1);
is_disjoint([_ | _], [_ | _]) -> false;
is_disjoint([], _) -> true;
is_disjoint(_, []) -> true.

subtract([E1 | Es1], [E2 | _] = S2) when E1 < E2 -> [E1 | subtract(Es1, S2)];
subtract([E1 | _] = S1, [E2 | Es2]) when E1 > E2 -> subtract(S1, Es2);
subtract([_ | Es1], [_ | Es2]) -> subtract(Es1, Es2);
subtract([], _) -> [];
subtract(S1, []) -> S1.

is_subset([E1 | _], [E2 | _]) when E1 < E2 -> false;
is_subset([E1 | _] = S1, [E2 | Es2]) when E1 > E2 -> is_subset(S1, Es2);
is_subset([_ | Es1], [_ | Es2]) -> is_subset(Es1, Es2);
is_subset([], _) -> true;
is_subset(_, []) -> false.

fold(F, Acc, S) -> lists:foldl(F, Acc, S).

filter(F, S) -> lists:filter(F, S).
