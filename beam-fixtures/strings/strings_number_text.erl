-module(strings_number_text).
-export([start/0]).

%% Numbers inside text: extracting digits from strings by hand, formatting numbers with
%% padding and thousands separators, and parsing signed decimal strings.

start() ->
    Texts = ["order 66 shipped 3 items at 12.50", "no digits", "-17 and +4", "007"],
    Extracted = [ints(T, [], []) || T <- Texts],
    Padded = [pad(integer_to_list(N), 8) || N <- [0, 42, -42, 12345678, 123456789]],
    Grouped = [group(integer_to_list(N)) || N <- [0, 999, 1000, 1234567, 1 bsl 64]],
    Parsed = [parse_signed(S) || S <- ["12", "-12", "+0", "--1", "", "9x"]],
    {Extracted, Padded, Grouped, Parsed}.

ints([], [], Acc) -> lists:reverse(Acc);
ints([], Cur, Acc) -> lists:reverse([list_to_integer(lists:reverse(Cur)) | Acc]);
ints([C | T], Cur, Acc) when C >= $0, C =< $9 -> ints(T, [C | Cur], Acc);
ints([_ | T], [], Acc) -> ints(T, [], Acc);
ints([_ | T], Cur, Acc) -> ints(T, [], [list_to_integer(lists:reverse(Cur)) | Acc]).

pad(S, N) when length(S) >= N -> S;
pad(S, N) -> lists:duplicate(N - length(S), $\s) ++ S.

group(S) when length(S) =< 3 -> S;
group(S) -> {H, T} = lists:split(length(S) - 3, S), group(H) ++ "," ++ T.

parse_signed([$- | D]) -> neg(digits(D));
parse_signed([$+ | D]) -> digits(D);
parse_signed(D) -> digits(D).

neg({ok, N}) -> {ok, -N};
neg(E) -> E.

digits([]) -> error;
digits(D) -> case lists:all(fun(C) -> C >= $0 andalso C =< $9 end, D) of true -> {ok, list_to_integer(D)}; false -> error end.
