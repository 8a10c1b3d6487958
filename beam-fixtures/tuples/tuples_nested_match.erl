-module(tuples_nested_match).
-export([start/0]).

%% Deeply nested tuple patterns and constructions: binding inner parts, repeated variables
%% across levels, tuples inside lists inside tuples, and updates that rebuild paths.

start() ->
    T = {config, {server, {host, "localhost"}, {port, 8080}}, [{user, a, {perms, [read, write]}}, {user, b, {perms, []}}]},
    {config, {server, {host, H}, {port, P}}, Users} = T,
    Perms = [{N, Ps} || {user, N, {perms, Ps}} <- Users],
    Updated = setelement(2, T, {server, {host, H}, {port, P + 1}}),
    Same = same_pair({{1, 2}, {1, 2}}),
    Diff = same_pair({{1, 2}, {2, 1}}),
    {H, P, Perms, Updated, Same, Diff}.

same_pair({{A, B}, {A, B}}) -> {same, A, B};
same_pair({{A, B}, {B, A}}) -> {swapped, A, B};
same_pair(_) -> different.
