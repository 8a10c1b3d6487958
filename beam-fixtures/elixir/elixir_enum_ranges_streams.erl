-module(elixir_enum_ranges_streams).
-export([start/0]).

%% Enum and Stream over Elixir ranges and streams: these are structs, so every call goes
%% through the Enumerable protocol (unconsolidated in the packaged beams, so dispatch finds
%% the implementation module at run time).

start() ->
    E = 'Elixir.Enum',
    S = 'Elixir.Stream',
    Range = 'Elixir.Range':new(1, 10),
    Down = 'Elixir.Range':new(10, 1, -2),
    R = [E:to_list(Range), E:to_list(Down), E:map(Range, fun(X) -> X * X end), E:sum(Range), E:count(Down),
         E:'member?'(Range, 5), E:'member?'(Down, 5), E:reduce(Range, 1, fun(X, A) -> X * A end), E:take(Range, 3),
         E:slice(Range, 2, 4), E:reverse(Down), E:zip(Range, Down), E:chunk_every(Range, 4),
         E:to_list(S:map(Range, fun(X) -> X + 1 end)), E:take(S:iterate(1, fun(X) -> X * 2 end), 10),
         E:take(S:cycle([a, b]), 5), E:to_list(S:take_while(S:iterate(1, fun(X) -> X + 3 end), fun(X) -> X < 20 end)),
         E:to_list(S:filter(Range, fun(X) -> X rem 3 =:= 0 end)), E:to_list(S:zip([1, 2, 3], [x, y, z])),
         E:to_list(S:chunk_every(Range, 3)), E:to_list(S:unfold(5, fun(0) -> nil; (N) -> {N, N - 1} end)),
         E:take(S:repeatedly(fun() -> same end), 3), E:to_list(S:with_index([a, b])), E:to_list(S:dedup([1, 1, 2, 1])),
         E:into(Range, []), E:to_list(S:scan(Range, 0, fun(X, A) -> X + A end))],
    R.
