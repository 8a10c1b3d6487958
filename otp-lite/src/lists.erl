%% otp-lite: the `lists` module, API-compatible with OTP 25.
%%
%% The functions that are BIFs in OTP (keyfind/3, keymember/3, keysearch/3, member/2,
%% reverse/2) are stubs here: the VM binds them to native code when it loads the module.
-module(lists).

-compile({no_auto_import, [max/2, min/2]}).

-export([keyfind/3, keymember/3, keysearch/3, member/2, reverse/2]).

-export([append/1, append/2, concat/1, delete/2, droplast/1, duplicate/2,
         enumerate/1, enumerate/2, flatlength/1, flatten/1, flatten/2,
         join/2, last/1, min/1, max/1, nth/2, nthtail/2, prefix/2, reverse/1,
         seq/2, seq/3, split/2, sublist/2, sublist/3, subtract/2, suffix/2, sum/1,
         uniq/1, unzip/1, unzip3/1, zip/2, zip3/3]).

-export([keydelete/3, keyreplace/4, keymap/3, keytake/3, keystore/4]).

-export([keymerge/3, keysort/2, ukeymerge/3, ukeysort/2]).

-export([merge/1, merge/2, merge/3, merge3/3, sort/1, sort/2,
         umerge/1, umerge/2, umerge/3, umerge3/3, usort/1, usort/2]).

-export([all/2, any/2, dropwhile/2, filter/2, filtermap/2, flatmap/2,
         foldl/3, foldr/3, foreach/2, map/2, mapfoldl/3, mapfoldr/3,
         partition/2, search/2, splitwith/2, takewhile/2, uniq/2,
         zipwith/3, zipwith3/4]).

-export([zf/2]).

-export([rkeymerge/3, rmerge/2, rmerge/3, rmerge3/3,
         rukeymerge/3, rumerge/2, rumerge/3, rumerge3/3]).

%%% BIFs (bound to native code by the VM).

keyfind(_, _, _) -> erlang:nif_error(undef).
keymember(_, _, _) -> erlang:nif_error(undef).
keysearch(_, _, _) -> erlang:nif_error(undef).
member(_, _) -> erlang:nif_error(undef).
reverse(_, _) -> erlang:nif_error(undef).

%%% Simple list functions.

append(L1, L2) -> L1 ++ L2.

append([Last]) -> Last;
append([H | T]) -> H ++ append(T);
append([]) -> [].

subtract(L1, L2) -> L1 -- L2.

reverse([] = L) -> L;
reverse([_] = L) -> L;
reverse([A, B | T]) -> lists:reverse(T, [B, A]).

nth(1, [H | _]) -> H;
nth(N, [_ | T]) when N > 1 -> nth(N - 1, T).

nthtail(1, [_ | T]) -> T;
nthtail(N, [_ | T]) when N > 1 -> nthtail(N - 1, T);
nthtail(0, L) when is_list(L) -> L.

prefix([X | P], [X | L]) -> prefix(P, L);
prefix([], L) when is_list(L) -> true;
prefix([_ | _], L) when is_list(L) -> false.

suffix(Suffix, List) ->
    Skip = length(List) - length(Suffix),
    Skip >= 0 andalso nthtail(Skip, List) =:= Suffix.

droplast([_]) -> [];
droplast([H | T]) -> [H | droplast(T)].

last([H | T]) -> last_of(T, H).

last_of([H | T], _) -> last_of(T, H);
last_of([], Last) -> Last.

seq(First, Last) when is_integer(First), is_integer(Last), First - 1 =< Last ->
    seq_down(Last, First, []).

%% Builds [Low..X] by prepending from X downwards.
seq_down(X, Low, Acc) when X >= Low + 3 ->
    seq_down(X - 4, Low, [X - 3, X - 2, X - 1, X | Acc]);
seq_down(X, Low, Acc) when X >= Low -> seq_down(X - 1, Low, [X | Acc]);
seq_down(_, _, Acc) -> Acc.

seq(First, Last, Inc)
  when is_integer(First), is_integer(Last), is_integer(Inc),
       (Inc > 0 andalso First - Inc =< Last) orelse
       (Inc < 0 andalso First - Inc >= Last) ->
    Count = (Last - First + Inc) div Inc,
    seq_step(Count, First + Inc * (Count - 1), Inc, []);
seq(Same, Same, 0) when is_integer(Same) ->
    [Same];
seq(First, Last, Inc) ->
    erlang:error(badarg, [First, Last, Inc],
                 [{error_info, #{module => erl_stdlib_errors}}]).

seq_step(0, _, _, Acc) -> Acc;
seq_step(N, X, Inc, Acc) -> seq_step(N - 1, X - Inc, Inc, [X | Acc]).

sum(L) -> sum(L, 0).

sum([H | T], Acc) -> sum(T, Acc + H);
sum([], Acc) -> Acc.

duplicate(N, X) when is_integer(N), N >= 0 -> duplicate(N, X, []).

duplicate(0, _, Acc) -> Acc;
duplicate(N, X, Acc) -> duplicate(N - 1, X, [X | Acc]).

min([H | T]) -> min_of(T, H).

min_of([H | T], Min) when H < Min -> min_of(T, H);
min_of([_ | T], Min) -> min_of(T, Min);
min_of([], Min) -> Min.

max([H | T]) -> max_of(T, H).

max_of([H | T], Max) when H > Max -> max_of(T, H);
max_of([_ | T], Max) -> max_of(T, Max);
max_of([], Max) -> Max.

sublist(List, 1, Len) when is_list(List), is_integer(Len), Len >= 0 ->
    sublist(List, Len);
sublist([], Start, _Len) when is_integer(Start), Start >= 2 ->
    [];
sublist([_ | T], Start, Len) when is_integer(Start), Start >= 2 ->
    sublist(T, Start - 1, Len).

sublist(List, Len) when is_integer(Len), is_list(List) ->
    take(List, Len).

take([H | T], N) when N > 0 -> [H | take(T, N - 1)];
take(_, 0) -> [];
take(L, N) when is_list(L), N > 0 -> [].

delete(X, [X | T]) -> T;
delete(X, [H | T]) -> [H | delete(X, T)];
delete(_, []) -> [].

zip([X | Xs], [Y | Ys]) -> [{X, Y} | zip(Xs, Ys)];
zip([], []) -> [].

unzip(L) -> unzip(L, [], []).

unzip([{X, Y} | T], Xs, Ys) -> unzip(T, [X | Xs], [Y | Ys]);
unzip([], Xs, Ys) -> {reverse(Xs), reverse(Ys)}.

zip3([X | Xs], [Y | Ys], [Z | Zs]) -> [{X, Y, Z} | zip3(Xs, Ys, Zs)];
zip3([], [], []) -> [].

unzip3(L) -> unzip3(L, [], [], []).

unzip3([{X, Y, Z} | T], Xs, Ys, Zs) -> unzip3(T, [X | Xs], [Y | Ys], [Z | Zs]);
unzip3([], Xs, Ys, Zs) -> {reverse(Xs), reverse(Ys), reverse(Zs)}.

zipwith(F, [X | Xs], [Y | Ys]) -> [F(X, Y) | zipwith(F, Xs, Ys)];
zipwith(F, [], []) when is_function(F, 2) -> [].

zipwith3(F, [X | Xs], [Y | Ys], [Z | Zs]) -> [F(X, Y, Z) | zipwith3(F, Xs, Ys, Zs)];
zipwith3(F, [], [], []) when is_function(F, 3) -> [].

concat(Things) -> flatmap(fun thing_to_list/1, Things).

thing_to_list(X) when is_integer(X) -> integer_to_list(X);
thing_to_list(X) when is_float(X) -> float_to_list(X);
thing_to_list(X) when is_atom(X) -> atom_to_list(X);
thing_to_list(X) when is_list(X) -> X.

flatten(List) when is_list(List) -> flatten_onto(List, []).

flatten(List, Tail) when is_list(List), is_list(Tail) -> flatten_onto(List, Tail).

flatten_onto([H | T], Tail) when is_list(H) -> flatten_onto(H, flatten_onto(T, Tail));
flatten_onto([H | T], Tail) -> [H | flatten_onto(T, Tail)];
flatten_onto([], Tail) -> Tail.

flatlength(List) -> flatlength(List, 0).

flatlength([H | T], N) when is_list(H) -> flatlength(H, flatlength(T, N));
flatlength([_ | T], N) -> flatlength(T, N + 1);
flatlength([], N) -> N.

enumerate(List) when is_list(List) -> enumerate_from(1, List).

enumerate(Index, List) when is_integer(Index), is_list(List) -> enumerate_from(Index, List).

enumerate_from(I, [H | T]) -> [{I, H} | enumerate_from(I + 1, T)];
enumerate_from(_, []) -> [].

join(_Sep, []) -> [];
join(Sep, [H | T]) -> [H | join_rest(Sep, T)].

join_rest(_Sep, []) -> [];
join_rest(Sep, [H | T]) -> [Sep, H | join_rest(Sep, T)].

split(N, List) when is_integer(N), N >= 0, is_list(List) ->
    case split_at(N, List, []) of
        {_, _} = Parts -> Parts;
        Fault -> erlang:error(Fault, [N, List])
    end;
split(N, List) ->
    erlang:error(badarg, [N, List]).

split_at(0, L, Front) -> {reverse(Front), L};
split_at(N, [H | T], Front) -> split_at(N - 1, T, [H | Front]);
split_at(_, [], _) -> badarg.

uniq(L) -> uniq_seen(L, #{}).

uniq_seen([X | T], Seen) ->
    case is_map_key(X, Seen) of
        true -> uniq_seen(T, Seen);
        false -> [X | uniq_seen(T, Seen#{X => true})]
    end;
uniq_seen([], _) -> [].

uniq(F, L) when is_function(F, 1) -> uniq_by(L, F, #{}).

uniq_by([X | T], F, Seen) ->
    Key = F(X),
    case is_map_key(Key, Seen) of
        true -> uniq_by(T, F, Seen);
        false -> [X | uniq_by(T, F, Seen#{Key => true})]
    end;
uniq_by([], _, _) -> [].

%%% Tuple-list functions.

keydelete(Key, N, L) when is_integer(N), N > 0 -> keydelete_1(Key, N, L).

keydelete_1(Key, N, [H | T]) when element(N, H) == Key -> T;
keydelete_1(Key, N, [H | T]) -> [H | keydelete_1(Key, N, T)];
keydelete_1(_, _, []) -> [].

keyreplace(Key, N, L, New) when is_integer(N), N > 0, is_tuple(New) ->
    keyreplace_1(Key, N, L, New).

keyreplace_1(Key, N, [H | T], New) when element(N, H) == Key -> [New | T];
keyreplace_1(Key, N, [H | T], New) -> [H | keyreplace_1(Key, N, T, New)];
keyreplace_1(_, _, [], _) -> [].

keytake(Key, N, L) when is_integer(N), N > 0 -> keytake_1(Key, N, L, []).

keytake_1(Key, N, [H | T], Before) when element(N, H) == Key ->
    {value, H, lists:reverse(Before, T)};
keytake_1(Key, N, [H | T], Before) -> keytake_1(Key, N, T, [H | Before]);
keytake_1(_, _, [], _) -> false.

keystore(Key, N, L, New) when is_integer(N), N > 0, is_tuple(New) ->
    keystore_1(Key, N, L, New).

keystore_1(Key, N, [H | T], New) when element(N, H) == Key -> [New | T];
keystore_1(Key, N, [H | T], New) -> [H | keystore_1(Key, N, T, New)];
keystore_1(_, _, [], New) -> [New].

keymap(F, N, [Tup | T]) ->
    [setelement(N, Tup, F(element(N, Tup))) | keymap(F, N, T)];
keymap(F, N, []) when is_integer(N), N >= 1, is_function(F, 1) -> [].

%%% Higher-order functions.

%% all, any, map and foldl look at the list in a case first: a non-list raises
%% case_clause, as in OTP.
all(Pred, List) when is_function(Pred, 1) ->
    case List of
        [_ | _] -> all_1(Pred, List);
        [] -> true
    end.

all_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> all_1(Pred, T);
        false -> false
    end;
all_1(_, []) -> true.

any(Pred, List) when is_function(Pred, 1) ->
    case List of
        [_ | _] -> any_1(Pred, List);
        [] -> false
    end.

any_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> true;
        false -> any_1(Pred, T)
    end;
any_1(_, []) -> false.

map(F, List) when is_function(F, 1) ->
    case List of
        [_ | _] -> map_1(F, List);
        [] -> []
    end.

map_1(F, [H | T]) -> [F(H) | map_1(F, T)];
map_1(_, []) -> [].

flatmap(F, List) when is_function(F, 1) -> flatmap_1(F, List).

flatmap_1(F, [H | T]) -> F(H) ++ flatmap_1(F, T);
flatmap_1(_, []) -> [].

foldl(F, Acc, List) when is_function(F, 2) ->
    case List of
        [_ | _] -> foldl_1(F, Acc, List);
        [] -> Acc
    end.

foldl_1(F, Acc, [H | T]) -> foldl_1(F, F(H, Acc), T);
foldl_1(_, Acc, []) -> Acc.

foldr(F, Acc, List) when is_function(F, 2) -> foldr_1(F, Acc, List).

foldr_1(F, Acc, [H | T]) -> F(H, foldr_1(F, Acc, T));
foldr_1(_, Acc, []) -> Acc.

filter(Pred, List) when is_function(Pred, 1) -> [X || X <- List, Pred(X)].

partition(Pred, L) when is_function(Pred, 1) -> partition_1(Pred, L, [], []).

partition_1(Pred, [H | T], Yes, No) ->
    case Pred(H) of
        true -> partition_1(Pred, T, [H | Yes], No);
        false -> partition_1(Pred, T, Yes, [H | No])
    end;
partition_1(_, [], Yes, No) -> {reverse(Yes), reverse(No)}.

filtermap(F, List) when is_function(F, 1) -> filtermap_1(F, List).

filtermap_1(F, [H | T]) ->
    case F(H) of
        true -> [H | filtermap_1(F, T)];
        {true, V} -> [V | filtermap_1(F, T)];
        false -> filtermap_1(F, T)
    end;
filtermap_1(_, []) -> [].

zf(F, L) -> filtermap(F, L).

foreach(F, List) when is_function(F, 1) -> foreach_1(F, List).

foreach_1(F, [H | T]) -> F(H), foreach_1(F, T);
foreach_1(_, []) -> ok.

mapfoldl(F, Acc, List) when is_function(F, 2) -> mapfoldl_1(F, Acc, List).

mapfoldl_1(F, Acc0, [H | T]) ->
    {R, Acc1} = F(H, Acc0),
    {Rs, Acc2} = mapfoldl_1(F, Acc1, T),
    {[R | Rs], Acc2};
mapfoldl_1(_, Acc, []) -> {[], Acc}.

mapfoldr(F, Acc, List) when is_function(F, 2) -> mapfoldr_1(F, Acc, List).

mapfoldr_1(F, Acc0, [H | T]) ->
    {Rs, Acc1} = mapfoldr_1(F, Acc0, T),
    {R, Acc2} = F(H, Acc1),
    {[R | Rs], Acc2};
mapfoldr_1(_, Acc, []) -> {[], Acc}.

takewhile(Pred, List) when is_function(Pred, 1) -> takewhile_1(Pred, List).

takewhile_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> [H | takewhile_1(Pred, T)];
        false -> []
    end;
takewhile_1(_, []) -> [].

dropwhile(Pred, List) when is_function(Pred, 1) -> dropwhile_1(Pred, List).

dropwhile_1(Pred, [H | T] = L) ->
    case Pred(H) of
        true -> dropwhile_1(Pred, T);
        false -> L
    end;
dropwhile_1(_, []) -> [].

search(Pred, List) when is_function(Pred, 1) -> search_1(Pred, List).

search_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> {value, H};
        false -> search_1(Pred, T)
    end;
search_1(_, []) -> false.

splitwith(Pred, List) when is_function(Pred, 1) -> splitwith_1(Pred, List, []).

splitwith_1(Pred, [H | T] = L, Taken) ->
    case Pred(H) of
        true -> splitwith_1(Pred, T, [H | Taken]);
        false -> {reverse(Taken), L}
    end;
splitwith_1(_, [], Taken) -> {reverse(Taken), []}.

%%% Sorting in term order. Elements that compare equal without being identical (1 and
%%% 1.0) end up in an order that depends on how the input is cut into runs, so the
%%% cutting follows OTP's rules: an ascending or a descending run is grown at either
%%% end or just inside its last element, one element that fits nowhere is held aside,
%%% and the next one that fits nowhere either starts a new run with it. The runs are
%%% then merged (stably, earlier runs first) by the same merge tree as merge/1.

sort([X, Y | T] = L) when X =< Y ->
    case T of
        [] -> L;
        [Z] when Y =< Z -> L;
        [Z] when X =< Z -> [X, Z, Y];
        [Z] -> [Z, X, Y];
        _ when X == Y -> sort_equal(Y, T, [X]);
        _ -> run_up(X, Y, T, [], [])
    end;
sort([X, Y | T]) ->
    case T of
        [] -> [Y, X];
        [Z] when X =< Z -> [Y, X | T];
        [Z] when Y =< Z -> [Y, Z, X];
        [Z] -> [Z, Y, X];
        _ -> run_down(X, Y, T, [], [])
    end;
sort([_] = L) -> L;
sort([] = L) -> L.

%% A first run of equal elements (collected in reverse in Eq).
sort_equal(X, [Y | T], Eq) when X == Y -> sort_equal(Y, T, [X | Eq]);
sort_equal(X, [Y | T], Eq) when X < Y -> run_up(X, Y, T, Eq, []);
sort_equal(X, [Y | T], Eq) -> run_down(X, Y, T, Eq, []);
sort_equal(X, [], Eq) -> lists:reverse(Eq, [X]).

%% Ascending run, kept in reverse as [Hi, Lo | Rest]; Runs are earlier runs, newest first.
run_up(Lo, Hi, [Z | T], Rest, Runs) when Z >= Hi -> run_up(Hi, Z, T, [Lo | Rest], Runs);
run_up(Lo, Hi, [Z | T], Rest, Runs) when Z >= Lo -> run_up(Z, Hi, T, [Lo | Rest], Runs);
run_up(Lo, Hi, [Z | T], [], Runs) -> run_up(Lo, Hi, T, [Z], Runs);
run_up(Lo, Hi, [Z | T], Rest, Runs) -> run_up_held(Lo, Hi, T, Rest, Runs, Z);
run_up(Lo, Hi, [], Rest, Runs) -> rmergel([[Hi, Lo | Rest] | Runs], []).

run_up_held(Lo, Hi, [Z | T], Rest, Runs, Held) when Z >= Hi ->
    run_up_held(Hi, Z, T, [Lo | Rest], Runs, Held);
run_up_held(Lo, Hi, [Z | T], Rest, Runs, Held) when Z >= Lo ->
    run_up_held(Z, Hi, T, [Lo | Rest], Runs, Held);
run_up_held(Lo, Hi, [Z | T], Rest, Runs, Held) when Held =< Z ->
    run_up(Held, Z, T, [], [[Hi, Lo | Rest] | Runs]);
run_up_held(Lo, Hi, [Z | T], Rest, Runs, Held) ->
    run_up(Z, Held, T, [], [[Hi, Lo | Rest] | Runs]);
run_up_held(Lo, Hi, [], Rest, Runs, Held) ->
    rmergel([[Held], [Hi, Lo | Rest] | Runs], []).

%% Descending run, kept ascending as [Lo, Hi | Rest].
run_down(Hi, Lo, [Z | T], Rest, Runs) when Z =< Lo -> run_down(Lo, Z, T, [Hi | Rest], Runs);
run_down(Hi, Lo, [Z | T], Rest, Runs) when Z =< Hi -> run_down(Z, Lo, T, [Hi | Rest], Runs);
run_down(Hi, Lo, [Z | T], [], Runs) -> run_down(Hi, Lo, T, [Z], Runs);
run_down(Hi, Lo, [Z | T], Rest, Runs) -> run_down_held(Hi, Lo, T, Rest, Runs, Z);
run_down(Hi, Lo, [], Rest, Runs) -> mergel([[Lo, Hi | Rest] | Runs], []).

run_down_held(Hi, Lo, [Z | T], Rest, Runs, Held) when Z =< Lo ->
    run_down_held(Lo, Z, T, [Hi | Rest], Runs, Held);
run_down_held(Hi, Lo, [Z | T], Rest, Runs, Held) when Z =< Hi ->
    run_down_held(Z, Lo, T, [Hi | Rest], Runs, Held);
run_down_held(Hi, Lo, [Z | T], Rest, Runs, Held) when Held > Z ->
    run_down(Held, Z, T, [], [[Lo, Hi | Rest] | Runs]);
run_down_held(Hi, Lo, [Z | T], Rest, Runs, Held) ->
    run_down(Z, Held, T, [], [[Lo, Hi | Rest] | Runs]);
run_down_held(Hi, Lo, [], Rest, Runs, Held) ->
    mergel([[Held], [Lo, Hi | Rest] | Runs], []).

%% Merges ascending lists (earliest first), three at a time, into descending ones.
mergel([[] | L], Acc) -> mergel(L, Acc);
mergel([L1, [_ | _] = L2, [_ | _] = L3 | L], Acc) ->
    mergel(L, [merge3_rev(L1, L2, L3, []) | Acc]);
mergel([L1, [H2 | T2]], Acc) -> rmergel([merge_12(L1, H2, T2, []) | Acc], []);
mergel([L], []) -> L;
mergel([L], Acc) -> rmergel([lists:reverse(L, []) | Acc], []);
mergel([], []) -> [];
mergel([], Acc) -> rmergel(Acc, []);
mergel([A, [] | L], Acc) -> mergel([A | L], Acc);
mergel([A, B, [] | L], Acc) -> mergel([A, B | L], Acc).

%% Merges descending lists (latest first) into ascending ones.
rmergel([[_ | _] = L3, [_ | _] = L2, L1 | L], Acc) ->
    rmergel(L, [rmerge3_rev(L1, L2, L3, []) | Acc]);
rmergel([[H2 | T2], L1], Acc) -> mergel([rmerge_12(L1, H2, T2, []) | Acc], []);
rmergel([L], Acc) -> mergel([lists:reverse(L, []) | Acc], []);
rmergel([], Acc) -> mergel(Acc, []).

%% Three ascending lists into a reversed result: the smallest head first, on equal heads
%% L1 before L2 before L3.
merge3_rev([H1 | T1] = L1, [H2 | T2] = L2, [H3 | T3] = L3, Acc) ->
    if H1 =< H2 ->
            if H1 =< H3 -> merge3_rev(T1, L2, L3, [H1 | Acc]);
               true -> merge3_rev(L1, L2, T3, [H3 | Acc])
            end;
       H2 =< H3 -> merge3_rev(L1, T2, L3, [H2 | Acc]);
       true -> merge3_rev(L1, L2, T3, [H3 | Acc])
    end;
merge3_rev([], [H2 | T2], [H3 | T3], Acc) when H2 =< H3 -> merge_12(T2, H3, T3, [H2 | Acc]);
merge3_rev([], [H2 | T2], [H3 | T3], Acc) -> merge_21(T2, H2, T3, [H3 | Acc]);
merge3_rev([H1 | T1], [], [H3 | T3], Acc) when H1 =< H3 -> merge_12(T1, H3, T3, [H1 | Acc]);
merge3_rev([H1 | T1], [], [H3 | T3], Acc) -> merge_21(T1, H1, T3, [H3 | Acc]);
merge3_rev([H1 | T1], [H2 | T2], [], Acc) when H1 =< H2 -> merge_12(T1, H2, T2, [H1 | Acc]);
merge3_rev([H1 | T1], [H2 | T2], [], Acc) -> merge_21(T1, H1, T2, [H2 | Acc]).

%% Three descending lists into a reversed result: the largest head first, on equal heads
%% L3 before L2 before L1.
rmerge3_rev([H1 | T1] = L1, [H2 | T2] = L2, [H3 | T3] = L3, Acc) ->
    if H1 =< H2 ->
            if H2 =< H3 -> rmerge3_rev(L1, L2, T3, [H3 | Acc]);
               true -> rmerge3_rev(L1, T2, L3, [H2 | Acc])
            end;
       H1 =< H3 -> rmerge3_rev(L1, L2, T3, [H3 | Acc]);
       true -> rmerge3_rev(T1, L2, L3, [H1 | Acc])
    end;
rmerge3_rev([], [H2 | T2], [H3 | T3], Acc) when H2 =< H3 -> rmerge_21(T2, H2, T3, [H3 | Acc]);
rmerge3_rev([], [H2 | T2], [H3 | T3], Acc) -> rmerge_12(T2, H3, T3, [H2 | Acc]);
rmerge3_rev([H1 | T1], [], [H3 | T3], Acc) when H1 =< H3 -> rmerge_21(T1, H1, T3, [H3 | Acc]);
rmerge3_rev([H1 | T1], [], [H3 | T3], Acc) -> rmerge_12(T1, H3, T3, [H1 | Acc]);
rmerge3_rev([H1 | T1], [H2 | T2], [], Acc) when H1 =< H2 -> rmerge_21(T1, H1, T2, [H2 | Acc]);
rmerge3_rev([H1 | T1], [H2 | T2], [], Acc) -> rmerge_12(T1, H2, T2, [H1 | Acc]).


%% usort/1: the same, keeping only the first of elements that compare equal.
usort([X, Y | T]) when X < Y -> usort_up(Y, T, [X], []);
usort([X, Y | T]) when X > Y -> usort_down(Y, T, [X], []);
usort([X, _ | T]) -> usort_next2(X, T, []);
usort([_] = L) -> L;
usort([]) -> [].

usort_up(Last, [Z | T], Run, Runs) when Last < Z -> usort_up(Z, T, [Last | Run], Runs);
usort_up(Last, [Z | T], Run, Runs) when Last == Z -> usort_up(Last, T, Run, Runs);
usort_up(Last, T, Run, Runs) -> usort_next(T, [lists:reverse(Run, [Last]) | Runs]).

usort_down(Last, [Z | T], Run, Runs) when Last > Z -> usort_down(Z, T, [Last | Run], Runs);
usort_down(Last, [Z | T], Run, Runs) when Last == Z -> usort_down(Last, T, Run, Runs);
usort_down(Last, T, Run, Runs) -> usort_next(T, [[Last | Run] | Runs]).

usort_next([X, Y | T], Runs) when X < Y -> usort_up(Y, T, [X], Runs);
usort_next([X, Y | T], Runs) when X > Y -> usort_down(Y, T, [X], Runs);
usort_next([X, _ | T], Runs) -> usort_next2(X, T, Runs);
usort_next([X], Runs) -> umerge_runs_up(lists:reverse(Runs, [[X]]));
usort_next([], Runs) -> umerge_runs_up(lists:reverse(Runs)).

%% A run starting with equal elements: skip the repeats of its first element.
usort_next2(X, [Y | T], Runs) when X == Y -> usort_next2(X, T, Runs);
usort_next2(X, [Y | T], Runs) when X < Y -> usort_up(Y, T, [X], Runs);
usort_next2(X, [Y | T], Runs) -> usort_down(Y, T, [X], Runs);
usort_next2(X, [], Runs) -> umerge_runs_up(lists:reverse(Runs, [[X]])).

umerge_runs_up([Run]) -> Run;
umerge_runs_up(Runs) -> umerge_runs_down(upairs_up(Runs, [])).

umerge_runs_down([Run]) -> lists:reverse(Run);
umerge_runs_down(Runs) -> umerge_runs_up(upairs_down(Runs, [])).

upairs_up([A, B | Rest], Acc) -> upairs_up(Rest, [umerge_up(A, B, []) | Acc]);
upairs_up([A], Acc) -> [lists:reverse(A) | Acc];
upairs_up([], Acc) -> Acc.

upairs_down([B, A | Rest], Acc) -> upairs_down(Rest, [umerge_down(A, B, []) | Acc]);
upairs_down([A], Acc) -> [lists:reverse(A) | Acc];
upairs_down([], Acc) -> Acc.

%% Runs are strictly monotonic, so an element of B can equal at most one of A.
umerge_up([HA | TA] = A, [HB | TB] = B, Acc) ->
    if HA < HB -> umerge_up(TA, B, [HA | Acc]);
       HA == HB -> umerge_up(TA, TB, [HA | Acc]);
       true -> umerge_up(A, TB, [HB | Acc])
    end;
umerge_up([], B, Acc) -> lists:reverse(B, Acc);
umerge_up(A, [], Acc) -> lists:reverse(A, Acc).

umerge_down([HA | TA] = A, [HB | TB] = B, Acc) ->
    if HA > HB -> umerge_down(TA, B, [HA | Acc]);
       HA == HB -> umerge_down(TA, TB, [HA | Acc]);
       true -> umerge_down(A, TB, [HB | Acc])
    end;
umerge_down([], B, Acc) -> lists:reverse(B, Acc);
umerge_down(A, [], Acc) -> lists:reverse(A, Acc).

%%% keysort/ukeysort: the same sorts on {Key, Tuple} pairs, comparing keys only.

keysort(N, L) when is_integer(N), N > 0 ->
    case L of
        [] -> L;
        [_] -> L;
        [_, _ | _] -> strip_keys(sort_keyed(with_keys(N, L)))
    end.

ukeysort(N, L) when is_integer(N), N > 0 ->
    case L of
        [] -> L;
        [_] -> L;
        [_, _ | _] -> strip_keys(usort_keyed(with_keys(N, L)))
    end.

with_keys(N, [H | T]) -> [{element(N, H), H} | with_keys(N, T)];
with_keys(_, []) -> [].

strip_keys([{_, X} | T]) -> [X | strip_keys(T)];
strip_keys([]) -> [].

%% keysort cuts runs like sort/1 does (see there), except that descending runs are
%% strictly descending; a first run of tuples that are equal as a whole is collected
%% apart, which is where stability can be lost.
sort_keyed([{KX, X} = PX, {KY, Y} = PY | T]) when KX =< KY ->
    case T of
        [] -> [PX, PY];
        [{KZ, _} = PZ] when KY =< KZ -> [PX, PY, PZ];
        [{KZ, _} = PZ] when KX =< KZ -> [PX, PZ, PY];
        [PZ] -> [PZ, PX, PY];
        _ when X == Y -> key_equal(PY, T, [PX]);
        _ -> key_up(PX, PY, T, [], [])
    end;
sort_keyed([{KX, _} = PX, {KY, _} = PY | T]) ->
    case T of
        [] -> [PY, PX];
        [{KZ, _} = PZ] when KX =< KZ -> [PY, PX, PZ];
        [{KZ, _} = PZ] when KY =< KZ -> [PY, PZ, PX];
        [PZ] -> [PZ, PY, PX];
        _ -> key_down(PX, PY, T, [], [])
    end.

key_equal({_, X} = PX, [{_, Y} = PY | T], Eq) when X == Y -> key_equal(PY, T, [PX | Eq]);
key_equal({KX, _} = PX, [{KY, _} = PY | T], Eq) when KX =< KY -> key_up(PX, PY, T, Eq, []);
key_equal(PX, [PY | T], Eq) -> key_down(PX, PY, T, Eq, []);
key_equal(PX, [], Eq) -> lists:reverse(Eq, [PX]).

%% Ascending run kept as [Hi, Lo | Rest]; Runs newest first.
key_up(Lo, {KH, _} = Hi, [{KZ, _} = Z | T], Rest, Runs) when KH =< KZ ->
    key_up(Hi, Z, T, [Lo | Rest], Runs);
key_up({KL, _} = Lo, Hi, [{KZ, _} = Z | T], Rest, Runs) when KL =< KZ ->
    key_up(Z, Hi, T, [Lo | Rest], Runs);
key_up(Lo, Hi, [Z | T], [], Runs) -> key_up(Lo, Hi, T, [Z], Runs);
key_up(Lo, Hi, [Z | T], Rest, Runs) -> key_up_held(Lo, Hi, T, Rest, Runs, Z);
key_up(Lo, Hi, [], Rest, Runs) -> merge_runs_down_k([[Hi, Lo | Rest] | Runs]).

key_up_held(Lo, {KH, _} = Hi, [{KZ, _} = Z | T], Rest, Runs, Held) when KH =< KZ ->
    key_up_held(Hi, Z, T, [Lo | Rest], Runs, Held);
key_up_held({KL, _} = Lo, Hi, [{KZ, _} = Z | T], Rest, Runs, Held) when KL =< KZ ->
    key_up_held(Z, Hi, T, [Lo | Rest], Runs, Held);
key_up_held(Lo, Hi, [{KZ, _} = Z | T], Rest, Runs, {KS, _} = Held) when KS =< KZ ->
    key_up(Held, Z, T, [], [[Hi, Lo | Rest] | Runs]);
key_up_held(Lo, Hi, [Z | T], Rest, Runs, Held) ->
    key_up(Z, Held, T, [], [[Hi, Lo | Rest] | Runs]);
key_up_held(Lo, Hi, [], Rest, Runs, Held) ->
    merge_runs_down_k([[Held], [Hi, Lo | Rest] | Runs]).

%% Strictly descending run kept ascending as [Lo, Hi | Rest].
key_down(Hi, {KL, _} = Lo, [{KZ, _} = Z | T], Rest, Runs) when KL > KZ ->
    key_down(Lo, Z, T, [Hi | Rest], Runs);
key_down({KH, _} = Hi, Lo, [{KZ, _} = Z | T], Rest, Runs) when KH > KZ ->
    key_down(Z, Lo, T, [Hi | Rest], Runs);
key_down(Hi, Lo, [Z | T], [], Runs) -> key_down(Hi, Lo, T, [Z], Runs);
key_down(Hi, Lo, [Z | T], Rest, Runs) -> key_down_held(Hi, Lo, T, Rest, Runs, Z);
key_down(Hi, Lo, [], Rest, Runs) ->
    merge_runs_up_k(lists:reverse([[Lo, Hi | Rest] | Runs])).

key_down_held(Hi, {KL, _} = Lo, [{KZ, _} = Z | T], Rest, Runs, Held) when KL > KZ ->
    key_down_held(Lo, Z, T, [Hi | Rest], Runs, Held);
key_down_held({KH, _} = Hi, Lo, [{KZ, _} = Z | T], Rest, Runs, Held) when KH > KZ ->
    key_down_held(Z, Lo, T, [Hi | Rest], Runs, Held);
key_down_held(Hi, Lo, [{KZ, _} = Z | T], Rest, Runs, {KS, _} = Held) when KS > KZ ->
    key_down(Held, Z, T, [], [[Lo, Hi | Rest] | Runs]);
key_down_held(Hi, Lo, [Z | T], Rest, Runs, Held) ->
    key_down(Z, Held, T, [], [[Lo, Hi | Rest] | Runs]);
key_down_held(Hi, Lo, [], Rest, Runs, Held) ->
    merge_runs_up_k(lists:reverse([[Held], [Lo, Hi | Rest] | Runs])).

merge_runs_up_k([Run]) -> Run;
merge_runs_up_k(Runs) -> merge_runs_down_k(kpairs_up(Runs, [])).

merge_runs_down_k([Run]) -> lists:reverse(Run);
merge_runs_down_k(Runs) -> merge_runs_up_k(kpairs_down(Runs, [])).

kpairs_up([A, B | Rest], Acc) -> kpairs_up(Rest, [kmerge_up(A, B, []) | Acc]);
kpairs_up([A], Acc) -> [lists:reverse(A) | Acc];
kpairs_up([], Acc) -> Acc.

kpairs_down([B, A | Rest], Acc) -> kpairs_down(Rest, [kmerge_down(A, B, []) | Acc]);
kpairs_down([A], Acc) -> [lists:reverse(A) | Acc];
kpairs_down([], Acc) -> Acc.

kmerge_up([{KA, _} = HA | TA] = A, [{KB, _} = HB | TB] = B, Acc) ->
    if KA =< KB -> kmerge_up(TA, B, [HA | Acc]);
       true -> kmerge_up(A, TB, [HB | Acc])
    end;
kmerge_up([], B, Acc) -> lists:reverse(B, Acc);
kmerge_up(A, [], Acc) -> lists:reverse(A, Acc).

kmerge_down([{KA, _} = HA | TA] = A, [{KB, _} = HB | TB] = B, Acc) ->
    if KA > KB -> kmerge_down(TA, B, [HA | Acc]);
       true -> kmerge_down(A, TB, [HB | Acc])
    end;
kmerge_down([], B, Acc) -> lists:reverse(B, Acc);
kmerge_down(A, [], Acc) -> lists:reverse(A, Acc).

usort_keyed(Pairs) -> umerge_runs_up_k(ukey_runs(Pairs, [])).

ukey_runs([{KX, _} = X, {KY, _} = Y | T], Runs) when KX < KY -> ukey_up(Y, T, [X], Runs);
ukey_runs([{KX, _} = X, {KY, _} = Y | T], Runs) when KX > KY -> ukey_down(Y, T, [X], Runs);
ukey_runs([X, _ | T], Runs) -> ukey_runs([X | T], Runs);
ukey_runs([X], Runs) -> lists:reverse(Runs, [[X]]);
ukey_runs([], Runs) -> lists:reverse(Runs).

ukey_up({KL, _} = Last, [{KZ, _} = Z | T], Run, Runs) when KL < KZ ->
    ukey_up(Z, T, [Last | Run], Runs);
ukey_up({KL, _} = Last, [{KZ, _} | T], Run, Runs) when KL == KZ ->
    ukey_up(Last, T, Run, Runs);
ukey_up(Last, T, Run, Runs) -> ukey_runs(T, [lists:reverse(Run, [Last]) | Runs]).

ukey_down({KL, _} = Last, [{KZ, _} = Z | T], Run, Runs) when KL > KZ ->
    ukey_down(Z, T, [Last | Run], Runs);
ukey_down({KL, _} = Last, [{KZ, _} | T], Run, Runs) when KL == KZ ->
    ukey_down(Last, T, Run, Runs);
ukey_down(Last, T, Run, Runs) -> ukey_runs(T, [[Last | Run] | Runs]).

umerge_runs_up_k([Run]) -> Run;
umerge_runs_up_k(Runs) -> umerge_runs_down_k(ukpairs_up(Runs, [])).

umerge_runs_down_k([Run]) -> lists:reverse(Run);
umerge_runs_down_k(Runs) -> umerge_runs_up_k(ukpairs_down(Runs, [])).

ukpairs_up([A, B | Rest], Acc) -> ukpairs_up(Rest, [ukmerge_up(A, B, []) | Acc]);
ukpairs_up([A], Acc) -> [lists:reverse(A) | Acc];
ukpairs_up([], Acc) -> Acc.

ukpairs_down([B, A | Rest], Acc) -> ukpairs_down(Rest, [ukmerge_down(A, B, []) | Acc]);
ukpairs_down([A], Acc) -> [lists:reverse(A) | Acc];
ukpairs_down([], Acc) -> Acc.

ukmerge_up([{KA, _} = HA | TA] = A, [{KB, _} = HB | TB] = B, Acc) ->
    if KA < KB -> ukmerge_up(TA, B, [HA | Acc]);
       KA == KB -> ukmerge_up(TA, TB, [HA | Acc]);
       true -> ukmerge_up(A, TB, [HB | Acc])
    end;
ukmerge_up([], B, Acc) -> lists:reverse(B, Acc);
ukmerge_up(A, [], Acc) -> lists:reverse(A, Acc).

ukmerge_down([{KA, _} = HA | TA] = A, [{KB, _} = HB | TB] = B, Acc) ->
    if KA > KB -> ukmerge_down(TA, B, [HA | Acc]);
       KA == KB -> ukmerge_down(TA, TB, [HA | Acc]);
       true -> ukmerge_down(A, TB, [HB | Acc])
    end;
ukmerge_down([], B, Acc) -> lists:reverse(B, Acc);
ukmerge_down(A, [], Acc) -> lists:reverse(A, Acc).

%%% Merging sorted lists in term order.

%% merge/2: on equal elements the one from L1 comes first.
merge(L1, []) -> L1;
merge(L1, [H2 | T2]) -> lists:reverse(merge_12(L1, H2, T2, []), []).

%% H2 is the pending head of the second list.
merge_12([H1 | T1], H2, T2, Acc) when H1 =< H2 -> merge_12(T1, H2, T2, [H1 | Acc]);
merge_12([H1 | T1], H2, T2, Acc) -> merge_21(T1, H1, T2, [H2 | Acc]);
merge_12([], H2, T2, Acc) -> lists:reverse(T2, [H2 | Acc]).

%% H1 is the pending head of the first list.
merge_21(T1, H1, [H2 | T2], Acc) when H1 =< H2 -> merge_12(T1, H2, T2, [H1 | Acc]);
merge_21(T1, H1, [H2 | T2], Acc) -> merge_21(T1, H1, T2, [H2 | Acc]);
merge_21(T1, H1, [], Acc) -> lists:reverse(T1, [H1 | Acc]).

%% rmerge/2: both lists descending; on equal elements the one from L2 comes first.
rmerge(L1, []) -> L1;
rmerge(L1, [H2 | T2]) -> lists:reverse(rmerge_12(L1, H2, T2, []), []).

rmerge_12([H1 | T1], H2, T2, Acc) when H1 =< H2 -> rmerge_21(T1, H1, T2, [H2 | Acc]);
rmerge_12([H1 | T1], H2, T2, Acc) -> rmerge_12(T1, H2, T2, [H1 | Acc]);
rmerge_12([], H2, T2, Acc) -> lists:reverse(T2, [H2 | Acc]).

rmerge_21(T1, H1, [H2 | T2], Acc) when H1 =< H2 -> rmerge_21(T1, H1, T2, [H2 | Acc]);
rmerge_21(T1, H1, [H2 | T2], Acc) -> rmerge_12(T1, H2, T2, [H1 | Acc]);
rmerge_21(T1, H1, [], Acc) -> lists:reverse(T1, [H1 | Acc]).

%% umerge/2: an element of L2 equal to the last one taken from L1 is dropped.
umerge([], L2) -> L2;
umerge([H1 | T1], L2) -> lists:reverse(umerge_21(T1, H1, L2, []), []).

umerge_21(T1, H1, [H2 | T2], Acc) when H1 =< H2 -> umerge_12(T1, H1, H2, T2, [H1 | Acc]);
umerge_21(T1, H1, [H2 | T2], Acc) -> umerge_21(T1, H1, T2, [H2 | Acc]);
umerge_21(T1, H1, [], Acc) -> lists:reverse(T1, [H1 | Acc]).

%% Taken is the last element taken from L1; H2 is pending.
umerge_12([H1 | T1], _Taken, H2, T2, Acc) when H1 =< H2 ->
    umerge_12(T1, H1, H2, T2, [H1 | Acc]);
umerge_12([H1 | T1], Taken, H2, T2, Acc) when H2 == Taken -> umerge_21(T1, H1, T2, Acc);
umerge_12([H1 | T1], _Taken, H2, T2, Acc) -> umerge_21(T1, H1, T2, [H2 | Acc]);
umerge_12([], Taken, H2, T2, Acc) when H2 == Taken -> lists:reverse(T2, Acc);
umerge_12([], _Taken, H2, T2, Acc) -> lists:reverse(T2, [H2 | Acc]).

%% rumerge/2: both descending; of equal elements the one from L1 is kept.
rumerge(L1, []) -> L1;
rumerge(L1, [H2 | T2]) -> lists:reverse(rumerge_12(L1, T2, [], H2), []).

rumerge_12([H1 | T1], T2, Acc, H2) when H1 =< H2 -> rumerge_21(T1, T2, Acc, H2, H1);
rumerge_12([H1 | T1], T2, Acc, H2) -> rumerge_12(T1, T2, [H1 | Acc], H2);
rumerge_12([], T2, Acc, H2) -> lists:reverse(T2, [H2 | Acc]).

%% Pending is the held element of L2 (not below H1), H1 the held element of L1.
rumerge_21(T1, [H2 | T2], Acc, Pending, H1) when H1 =< H2 ->
    rumerge_21(T1, T2, [Pending | Acc], H2, H1);
rumerge_21(T1, [H2 | T2], Acc, Pending, H1) when H1 == Pending ->
    rumerge_12(T1, T2, [H1 | Acc], H2);
rumerge_21(T1, [H2 | T2], Acc, Pending, H1) ->
    rumerge_12(T1, T2, [H1, Pending | Acc], H2);
rumerge_21(T1, [], Acc, Pending, H1) when H1 == Pending -> lists:reverse(T1, [H1 | Acc]);
rumerge_21(T1, [], Acc, Pending, H1) -> lists:reverse(T1, [H1, Pending | Acc]).

merge3(L1, [], L3) -> merge(L1, L3);
merge3(L1, L2, []) -> merge(L1, L2);
merge3(L1, L2, L3) -> lists:reverse(merge3_rev(L1, L2, L3, []), []).

rmerge3(L1, [], L3) -> rmerge(L1, L3);
rmerge3(L1, L2, []) -> rmerge(L1, L2);
rmerge3(L1, L2, L3) -> lists:reverse(rmerge3_rev(L1, L2, L3, []), []).

umerge3(L1, [], L3) -> umerge(L1, L3);
umerge3(L1, L2, []) -> umerge(L1, L2);
umerge3(L1, [H2 | T2], [H3 | T3]) ->
    %% [H2 | H3] stands for "nothing taken yet": it equals no element.
    lists:reverse(umerge3_take1(L1, [H2 | H3], T2, H2, [], T3, H3), []).

rumerge3(L1, [], L3) -> rumerge(L1, L3);
rumerge3(L1, L2, []) -> rumerge(L1, L2);
rumerge3(L1, [H2 | T2], [H3 | T3]) -> lists:reverse(rumerge3_take1(L1, T2, H2, [], T3, H3), []).

%%% The three-way unique merges walk the lists in one pass, comparing in the same order
%%% as OTP's, so that unsorted and improper inputs give OTP's results and exceptions
%%% (an improper tail is met by a clause match, never by lists:reverse, until only one
%%% list is left). Acc is reversed; Last is the last element taken from L1 or L2 (an
%%% equal element of L2 or L3 is then dropped).

%% Next element of L1; H2 and H3 are pending.
umerge3_take1([H1 | T1], Last, T2, H2, Acc, T3, H3) when H1 =< H2 ->
    umerge3_1le2(T1, H1, T2, H2, Acc, T3, H3, Last);
umerge3_take1([H1 | T1], Last, T2, H2, Acc, T3, H3) when H2 == Last ->
    umerge3_take2(T1, H1, T2, H2, Acc, T3, H3);
umerge3_take1([H1 | T1], Last, T2, H2, Acc, T3, H3) ->
    umerge3_2lt1(T1, H1, T2, H2, Acc, T3, H3, Last);
umerge3_take1([], Last, T2, H2, Acc, T3, H3) when H2 == Last ->
    umerge_12(T2, Last, H3, T3, Acc);
umerge3_take1([], _Last, T2, H2, Acc, T3, H3) when H2 =< H3 ->
    umerge_12(T2, H2, H3, T3, [H2 | Acc]);
umerge3_take1([], Last, T2, H2, Acc, T3, H3) when H3 == Last ->
    umerge_21(T2, H2, T3, Acc);
umerge3_take1([], _Last, T2, H2, Acc, T3, H3) ->
    umerge_21(T2, H2, T3, [H3 | Acc]).

%% Next element of L2; H1 and H3 are pending.
umerge3_take2(T1, H1, [H2 | T2], Last, Acc, T3, H3) when H1 =< H2 ->
    umerge3_1le2(T1, H1, T2, H2, Acc, T3, H3, Last);
umerge3_take2(T1, H1, [H2 | T2], Last, Acc, T3, H3) ->
    umerge3_2lt1(T1, H1, T2, H2, Acc, T3, H3, Last);
umerge3_take2(T1, H1, [], _Last, Acc, T3, H3) when H1 =< H3 ->
    umerge_12(T1, H1, H3, T3, [H1 | Acc]);
umerge3_take2(T1, H1, [], Last, Acc, T3, H3) when H3 == Last ->
    umerge_21(T1, H1, T3, Acc);
umerge3_take2(T1, H1, [], _Last, Acc, T3, H3) ->
    umerge_21(T1, H1, T3, [H3 | Acc]).

%% H1 =< H2: H1 goes out unless H3 is below it.
umerge3_1le2(T1, H1, T2, H2, Acc, T3, H3, _Last) when H1 =< H3 ->
    umerge3_take1(T1, H1, T2, H2, [H1 | Acc], T3, H3);
umerge3_1le2(T1, H1, T2, H2, Acc, T3, H3, Last) when H3 == Last ->
    umerge3_1le2_take3(T1, H1, T2, H2, Acc, T3);
umerge3_1le2(T1, H1, T2, H2, Acc, T3, H3, _Last) ->
    umerge3_1le2_take3(T1, H1, T2, H2, [H3 | Acc], T3).

umerge3_1le2_take3(T1, H1, T2, H2, Acc, [H3 | T3]) when H1 =< H3 ->
    umerge3_take1(T1, H1, T2, H2, [H1 | Acc], T3, H3);
umerge3_1le2_take3(T1, H1, T2, H2, Acc, [H3 | T3]) ->
    umerge3_1le2_take3(T1, H1, T2, H2, [H3 | Acc], T3);
umerge3_1le2_take3(T1, H1, T2, H2, Acc, []) ->
    umerge_12(T1, H1, H2, T2, [H1 | Acc]).

%% H2 < H1: H2 goes out unless H3 is below it.
umerge3_2lt1(T1, H1, T2, H2, Acc, T3, H3, _Last) when H2 =< H3 ->
    umerge3_take2(T1, H1, T2, H2, [H2 | Acc], T3, H3);
umerge3_2lt1(T1, H1, T2, H2, Acc, T3, H3, Last) when H3 == Last ->
    umerge3_2lt1_take3(T1, H1, T2, H2, Acc, T3);
umerge3_2lt1(T1, H1, T2, H2, Acc, T3, H3, _Last) ->
    umerge3_2lt1_take3(T1, H1, T2, H2, [H3 | Acc], T3).

umerge3_2lt1_take3(T1, H1, T2, H2, Acc, [H3 | T3]) when H2 =< H3 ->
    umerge3_take2(T1, H1, T2, H2, [H2 | Acc], T3, H3);
umerge3_2lt1_take3(T1, H1, T2, H2, Acc, [H3 | T3]) ->
    umerge3_2lt1_take3(T1, H1, T2, H2, [H3 | Acc], T3);
umerge3_2lt1_take3(T1, H1, T2, H2, Acc, []) ->
    umerge_21(T1, H1, T2, [H2 | Acc]).

%% rumerge3/3, descending lists: next element of L1; H2 and H3 are pending.
rumerge3_take1([H1 | T1], T2, H2, Acc, T3, H3) when H1 =< H2 ->
    rumerge3_1le2(T1, H1, T2, H2, Acc, T3, H3);
rumerge3_take1([H1 | T1], T2, H2, Acc, T3, H3) when H1 =< H3 ->
    rumerge3_1gt2_take3(T1, T2, H2, Acc, T3, H3, H1);
rumerge3_take1([H1 | T1], T2, H2, Acc, T3, H3) ->
    rumerge3_take1(T1, T2, H2, [H1 | Acc], T3, H3);
rumerge3_take1([], T2, H2, Acc, T3, H3) when H2 =< H3 ->
    rumerge_21(T2, T3, Acc, H3, H2);
rumerge3_take1([], T2, H2, Acc, T3, H3) ->
    rumerge_12(T2, T3, [H2 | Acc], H3).

rumerge3_1le2(T1, H1, T2, H2, Acc, T3, H3) when H2 =< H3 ->
    rumerge3_1le2_take3(T1, T2, H2, Acc, T3, H3, H1);
rumerge3_1le2(T1, H1, T2, H2, Acc, T3, H3) ->
    rumerge3_take2(T1, T2, H2, Acc, T3, H3, H1).

%% Next element of L2; Held2 (above H3 and H1) and H1 are held, H3 pending.
rumerge3_take2(T1, [H2 | T2], Held2, Acc, T3, H3, H1) when H1 =< H2 ->
    rumerge3_1le2_held(T1, H1, T2, H2, Acc, T3, H3, Held2);
rumerge3_take2(T1, [H2 | T2], Held2, Acc, T3, H3, H1) when H1 == Held2 ->
    rumerge3_take1(T1, T2, H2, [H1 | Acc], T3, H3);
rumerge3_take2(T1, [H2 | T2], Held2, Acc, T3, H3, H1) when H1 =< H3 ->
    rumerge3_1gt2_take3(T1, T2, H2, [Held2 | Acc], T3, H3, H1);
rumerge3_take2(T1, [H2 | T2], Held2, Acc, T3, H3, H1) ->
    rumerge3_take1(T1, T2, H2, [H1, Held2 | Acc], T3, H3);
rumerge3_take2(T1, [], Held2, Acc, T3, H3, H1) when H1 == Held2 ->
    rumerge_12(T1, T3, [H1 | Acc], H3);
rumerge3_take2(T1, [], Held2, Acc, T3, H3, H1) when H1 =< H3 ->
    rumerge_21(T1, T3, [Held2 | Acc], H3, H1);
rumerge3_take2(T1, [], Held2, Acc, T3, H3, H1) ->
    rumerge_12(T1, T3, [H1, Held2 | Acc], H3).

rumerge3_1le2_held(T1, H1, T2, H2, Acc, T3, H3, Held2) when H2 =< H3 ->
    rumerge3_1le2_take3(T1, T2, H2, [Held2 | Acc], T3, H3, H1);
rumerge3_1le2_held(T1, H1, T2, H2, Acc, T3, H3, Held2) ->
    rumerge3_take2(T1, T2, H2, [Held2 | Acc], T3, H3, H1).

%% H1 =< H2: next element of L3; Held3 is held.
rumerge3_1le2_take3(T1, T2, H2, Acc, [H3 | T3], Held3, H1) when H2 =< H3 ->
    rumerge3_1le2_take3(T1, T2, H2, [Held3 | Acc], T3, H3, H1);
rumerge3_1le2_take3(T1, T2, H2, Acc, [H3 | T3], Held3, H1) when H2 == Held3 ->
    rumerge3_take2(T1, T2, H2, Acc, T3, H3, H1);
rumerge3_1le2_take3(T1, T2, H2, Acc, [H3 | T3], Held3, H1) ->
    rumerge3_take2(T1, T2, H2, [Held3 | Acc], T3, H3, H1);
rumerge3_1le2_take3(T1, T2, H2, Acc, [], Held3, H1) when H2 == Held3 ->
    rumerge_21(T1, T2, Acc, H2, H1);
rumerge3_1le2_take3(T1, T2, H2, Acc, [], Held3, H1) ->
    rumerge_21(T1, T2, [Held3 | Acc], H2, H1).

%% H1 > H2: next element of L3; Held3 is held.
rumerge3_1gt2_take3(T1, T2, H2, Acc, [H3 | T3], Held3, H1) when H1 =< H3 ->
    rumerge3_1gt2_take3(T1, T2, H2, [Held3 | Acc], T3, H3, H1);
rumerge3_1gt2_take3(T1, T2, H2, Acc, [H3 | T3], Held3, H1) when H1 == Held3 ->
    rumerge3_take1(T1, T2, H2, [H1 | Acc], T3, H3);
rumerge3_1gt2_take3(T1, T2, H2, Acc, [H3 | T3], Held3, H1) ->
    rumerge3_take1(T1, T2, H2, [H1, Held3 | Acc], T3, H3);
rumerge3_1gt2_take3(T1, T2, H2, Acc, [], Held3, H1) when H1 == Held3 ->
    rumerge_12(T1, T2, [H1 | Acc], H2);
rumerge3_1gt2_take3(T1, T2, H2, Acc, [], Held3, H1) ->
    rumerge_12(T1, T2, [H1, Held3 | Acc], H2).

merge(Lists) -> mergel(Lists, []).

%% umerge/1: like merge/1 with umerge's rule for equal elements.
umerge(Lists) -> umergel(Lists, [], up).

%% Up: ascending lists, earliest first; down: descending, latest first.
umergel([[] | L], Acc, Dir) -> umergel(L, Acc, Dir);
umergel([L1, [H2 | T2], [H3 | T3] | L], Acc, up) ->
    umergel(L, [umerge3_take1(L1, [H2 | H3], T2, H2, [], T3, H3) | Acc], up);
umergel([[H3 | T3], [H2 | T2], L1 | L], Acc, down) ->
    umergel(L, [umerge3_take1(L1, [H2 | H3], T2, H2, [], T3, H3) | Acc], down);
umergel([A, [] | L], Acc, Dir) -> umergel([A | L], Acc, Dir);
umergel([A, B, [] | L], Acc, Dir) -> umergel([A, B | L], Acc, Dir);
umergel([[H1 | T1], L2 | L], Acc, up) ->
    umergel(L, [umerge_21(T1, H1, L2, []) | Acc], up);
umergel([L2, [H1 | T1] | L], Acc, down) ->
    umergel(L, [umerge_21(T1, H1, L2, []) | Acc], down);
umergel([L], [], _Dir) -> L;
umergel([L], Acc, Dir) -> rumergel([lists:reverse(L, []) | Acc], [], Dir);
umergel([], [], _Dir) -> [];
umergel([], Acc, Dir) -> rumergel(Acc, [], Dir).

rumergel([[H3 | T3], [H2 | T2], L1 | L], Acc, up) ->
    rumergel(L, [rumerge3_take1(L1, T2, H2, [], T3, H3) | Acc], up);
rumergel([L1, [H2 | T2], [H3 | T3] | L], Acc, down) ->
    rumergel(L, [rumerge3_take1(L1, T2, H2, [], T3, H3) | Acc], down);
rumergel([[H2 | T2], L1 | L], Acc, up) ->
    rumergel(L, [rumerge_12(L1, T2, [], H2) | Acc], up);
rumergel([L1, [H2 | T2] | L], Acc, down) ->
    rumergel(L, [rumerge_12(L1, T2, [], H2) | Acc], down);
rumergel([L], Acc, Dir) -> umergel([lists:reverse(L, []) | Acc], [], Dir);
rumergel([], Acc, Dir) -> umergel(Acc, [], Dir).

%%% Keyed merges.

keymerge(N, L1, L2) when is_integer(N), N > 0 ->
    case L2 of
        [] -> L1;
        [H2 | T2] -> lists:reverse(kmerge_12(N, L1, element(N, H2), H2, T2, []), [])
    end.

kmerge_12(N, [H1 | T1], K2, H2, T2, Acc) ->
    case element(N, H1) of
        K1 when K1 =< K2 -> kmerge_12(N, T1, K2, H2, T2, [H1 | Acc]);
        K1 -> kmerge_21(N, T1, K1, H1, T2, [H2 | Acc])
    end;
kmerge_12(_, [], _, H2, T2, Acc) -> lists:reverse(T2, [H2 | Acc]).

kmerge_21(N, T1, K1, H1, [H2 | T2], Acc) ->
    case element(N, H2) of
        K2 when K1 =< K2 -> kmerge_12(N, T1, K2, H2, T2, [H1 | Acc]);
        _ -> kmerge_21(N, T1, K1, H1, T2, [H2 | Acc])
    end;
kmerge_21(_, T1, _, H1, [], Acc) -> lists:reverse(T1, [H1 | Acc]).

rkeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    case L2 of
        [] -> L1;
        [H2 | T2] -> lists:reverse(rkmerge_12(N, L1, element(N, H2), H2, T2, []), [])
    end.

rkmerge_12(N, [H1 | T1], K2, H2, T2, Acc) ->
    case element(N, H1) of
        K1 when K1 =< K2 -> rkmerge_21(N, T1, K1, H1, T2, [H2 | Acc]);
        _ -> rkmerge_12(N, T1, K2, H2, T2, [H1 | Acc])
    end;
rkmerge_12(_, [], _, H2, T2, Acc) -> lists:reverse(T2, [H2 | Acc]).

rkmerge_21(N, T1, K1, H1, [H2 | T2], Acc) ->
    case element(N, H2) of
        K2 when K1 =< K2 -> rkmerge_21(N, T1, K1, H1, T2, [H2 | Acc]);
        K2 -> rkmerge_12(N, T1, K2, H2, T2, [H1 | Acc])
    end;
rkmerge_21(_, T1, _, H1, [], Acc) -> lists:reverse(T1, [H1 | Acc]).

ukeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    case L1 of
        [] -> L2;
        [H1 | T1] -> lists:reverse(ukmerge_21(N, T1, element(N, H1), H1, L2, []), [])
    end.

ukmerge_21(N, T1, K1, H1, [H2 | T2], Acc) ->
    case element(N, H2) of
        K2 when K1 =< K2 -> ukmerge_12(N, T1, K2, K1, T2, [H1 | Acc], H2);
        _ -> ukmerge_21(N, T1, K1, H1, T2, [H2 | Acc])
    end;
ukmerge_21(_, T1, _, H1, [], Acc) -> lists:reverse(T1, [H1 | Acc]).

%% Taken is the key of the last tuple taken from L1; H2 (key K2) is pending.
ukmerge_12(N, [H1 | T1], K2, Taken, T2, Acc, H2) ->
    case element(N, H1) of
        K1 when K1 =< K2 -> ukmerge_12(N, T1, K2, K1, T2, [H1 | Acc], H2);
        K1 when K2 == Taken -> ukmerge_21(N, T1, K1, H1, T2, Acc);
        K1 -> ukmerge_21(N, T1, K1, H1, T2, [H2 | Acc])
    end;
ukmerge_12(_, [], K2, Taken, T2, Acc, _H2) when K2 == Taken -> lists:reverse(T2, Acc);
ukmerge_12(_, [], _, _, T2, Acc, H2) -> lists:reverse(T2, [H2 | Acc]).

rukeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    case L2 of
        [] -> L1;
        [H2 | T2] -> lists:reverse(rukmerge_12(N, L1, element(N, H2), T2, [], H2), [])
    end.

rukmerge_12(N, [H1 | T1], K2, T2, Acc, H2) ->
    case element(N, H1) of
        K1 when K1 =< K2 -> rukmerge_21(N, T1, K1, T2, Acc, K2, H2, H1);
        _ -> rukmerge_12(N, T1, K2, T2, [H1 | Acc], H2)
    end;
rukmerge_12(_, [], _, T2, Acc, H2) -> lists:reverse(T2, [H2 | Acc]).

rukmerge_21(N, T1, K1, [H2 | T2], Acc, PendingKey, Pending, H1) ->
    case element(N, H2) of
        K2 when K1 =< K2 -> rukmerge_21(N, T1, K1, T2, [Pending | Acc], K2, H2, H1);
        K2 when K1 == PendingKey -> rukmerge_12(N, T1, K2, T2, [H1 | Acc], H2);
        K2 -> rukmerge_12(N, T1, K2, T2, [H1, Pending | Acc], H2)
    end;
rukmerge_21(_, T1, K1, [], Acc, PendingKey, _Pending, H1) when K1 == PendingKey ->
    lists:reverse(T1, [H1 | Acc]);
rukmerge_21(_, T1, _, [], Acc, _, Pending, H1) ->
    lists:reverse(T1, [H1, Pending | Acc]).

%%% Sorting and merging with an ordering fun. Fun(A, B) says A =< B. Which pairs get
%%% compared, and in which argument order, is part of the result when the fun is not a
%%% total order, so this follows OTP's scheme exactly: the input is cut into runs (each
%%% kept in building order, with one element that fits nowhere held aside until the next
%%% one shows whether it starts a new run), then runs are merged two at a time, the
%%% direction of the lists flipping at each level.

sort(Fun, []) when is_function(Fun, 2) -> [];
sort(Fun, [_] = L) when is_function(Fun, 2) -> L;
sort(Fun, [X, Y | T]) ->
    case Fun(X, Y) of
        true -> frun_up(Y, X, Fun, T, [], []);
        false -> frun_down(Y, X, Fun, T, [], [])
    end.

%% Ascending runs, built in reverse: the run so far is [Top, Below | Rest].
frun_up(Top, Below, Fun, [Z | T], Rest, Runs) ->
    case Fun(Top, Z) of
        true -> frun_up(Z, Top, Fun, T, [Below | Rest], Runs);
        false ->
            case Fun(Below, Z) of
                true -> frun_up(Top, Z, Fun, T, [Below | Rest], Runs);
                false when Rest == [] -> frun_up(Top, Below, Fun, T, [Z], Runs);
                false -> frun_up_held(Top, Below, Fun, T, Rest, Runs, Z)
            end
    end;
frun_up(Top, Below, Fun, [], Rest, Runs) ->
    fmerge_desc_lists([[Top, Below | Rest] | Runs], [], Fun, up).

frun_up_held(Top, Below, Fun, [Z | T], Rest, Runs, Held) ->
    case Fun(Top, Z) of
        true -> frun_up_held(Z, Top, Fun, T, [Below | Rest], Runs, Held);
        false ->
            case Fun(Below, Z) of
                true -> frun_up_held(Top, Z, Fun, T, [Below | Rest], Runs, Held);
                false ->
                    Closed = [[Top, Below | Rest] | Runs],
                    case Fun(Held, Z) of
                        true -> frun_up(Z, Held, Fun, T, [], Closed);
                        false -> frun_up(Held, Z, Fun, T, [], Closed)
                    end
            end
    end;
frun_up_held(Top, Below, Fun, [], Rest, Runs, Held) ->
    fmerge_desc_lists([[Held], [Top, Below | Rest] | Runs], [], Fun, up).

%% Descending runs, built in reverse (so the run so far is ascending).
frun_down(Top, Below, Fun, [Z | T], Rest, Runs) ->
    case Fun(Top, Z) of
        false -> frun_down(Z, Top, Fun, T, [Below | Rest], Runs);
        true ->
            case Fun(Below, Z) of
                false -> frun_down(Top, Z, Fun, T, [Below | Rest], Runs);
                true when Rest == [] -> frun_down(Top, Below, Fun, T, [Z], Runs);
                true -> frun_down_held(Top, Below, Fun, T, Rest, Runs, Z)
            end
    end;
frun_down(Top, Below, Fun, [], Rest, Runs) ->
    fmerge_asc_lists([[Top, Below | Rest] | Runs], [], Fun, down).

frun_down_held(Top, Below, Fun, [Z | T], Rest, Runs, Held) ->
    case Fun(Top, Z) of
        false -> frun_down_held(Z, Top, Fun, T, [Below | Rest], Runs, Held);
        true ->
            case Fun(Below, Z) of
                false -> frun_down_held(Top, Z, Fun, T, [Below | Rest], Runs, Held);
                true ->
                    Closed = [[Top, Below | Rest] | Runs],
                    case Fun(Held, Z) of
                        false -> frun_down(Z, Held, Fun, T, [], Closed);
                        true -> frun_down(Held, Z, Fun, T, [], Closed)
                    end
            end
    end;
frun_down_held(Top, Below, Fun, [], Rest, Runs, Held) ->
    fmerge_asc_lists([[Held], [Top, Below | Rest] | Runs], [], Fun, down).

%% Merges pairs of ascending lists into descending ones. With `up` the earlier list of a
%% pair comes first in Lists, with `down` second.
fmerge_asc_lists([L1, [H2 | T2] | Rest], Acc, Fun, up) ->
    fmerge_asc_lists(Rest, [fmerge_asc(L1, H2, Fun, T2, []) | Acc], Fun, up);
fmerge_asc_lists([[H2 | T2], L1 | Rest], Acc, Fun, down) ->
    fmerge_asc_lists(Rest, [fmerge_asc(L1, H2, Fun, T2, []) | Acc], Fun, down);
fmerge_asc_lists([L], [], _Fun, _Dir) -> L;
fmerge_asc_lists([L], Acc, Fun, Dir) ->
    fmerge_desc_lists([lists:reverse(L, []) | Acc], [], Fun, Dir);
fmerge_asc_lists([], Acc, Fun, Dir) ->
    fmerge_desc_lists(Acc, [], Fun, Dir).

%% Merges pairs of descending lists into ascending ones; `up` has the earlier list second.
fmerge_desc_lists([[H2 | T2], L1 | Rest], Acc, Fun, up) ->
    fmerge_desc_lists(Rest, [fmerge_desc(L1, H2, Fun, T2, []) | Acc], Fun, up);
fmerge_desc_lists([L1, [H2 | T2] | Rest], Acc, Fun, down) ->
    fmerge_desc_lists(Rest, [fmerge_desc(L1, H2, Fun, T2, []) | Acc], Fun, down);
fmerge_desc_lists([L], Acc, Fun, Dir) ->
    fmerge_asc_lists([lists:reverse(L, []) | Acc], [], Fun, Dir);
fmerge_desc_lists([], Acc, Fun, Dir) ->
    fmerge_asc_lists(Acc, [], Fun, Dir).

%% Ascending L1 and [H2 | T2] into a reversed result: Fun(H1, H2) takes H1.
fmerge_asc([H1 | T1], H2, Fun, T2, Acc) ->
    case Fun(H1, H2) of
        true -> fmerge_asc(T1, H2, Fun, T2, [H1 | Acc]);
        false -> fmerge_asc_held(H1, T1, Fun, T2, [H2 | Acc])
    end;
fmerge_asc([], H2, _Fun, T2, Acc) -> lists:reverse(T2, [H2 | Acc]).

fmerge_asc_held(H1, T1, Fun, [H2 | T2], Acc) ->
    case Fun(H1, H2) of
        true -> fmerge_asc(T1, H2, Fun, T2, [H1 | Acc]);
        false -> fmerge_asc_held(H1, T1, Fun, T2, [H2 | Acc])
    end;
fmerge_asc_held(H1, T1, _Fun, [], Acc) -> lists:reverse(T1, [H1 | Acc]).

%% Descending L1 and [H2 | T2] into a reversed result: Fun(H1, H2) takes H2.
fmerge_desc([H1 | T1], H2, Fun, T2, Acc) ->
    case Fun(H1, H2) of
        true -> fmerge_desc_held(H1, T1, Fun, T2, [H2 | Acc]);
        false -> fmerge_desc(T1, H2, Fun, T2, [H1 | Acc])
    end;
fmerge_desc([], H2, _Fun, T2, Acc) -> lists:reverse(T2, [H2 | Acc]).

fmerge_desc_held(H1, T1, Fun, [H2 | T2], Acc) ->
    case Fun(H1, H2) of
        true -> fmerge_desc_held(H1, T1, Fun, T2, [H2 | Acc]);
        false -> fmerge_desc(T1, H2, Fun, T2, [H1 | Acc])
    end;
fmerge_desc_held(H1, T1, _Fun, [], Acc) -> lists:reverse(T1, [H1 | Acc]).

merge(Fun, L1, [H2 | T2]) when is_function(Fun, 2) ->
    lists:reverse(fmerge_asc(L1, H2, Fun, T2, []), []);
merge(Fun, L1, []) when is_function(Fun, 2) -> L1.

rmerge(Fun, L1, [H2 | T2]) when is_function(Fun, 2) ->
    lists:reverse(fmerge_desc(L1, H2, Fun, T2, []), []);
rmerge(Fun, L1, []) when is_function(Fun, 2) -> L1.

%% usort/2: like sort/2, and X and Y are equal when Fun(X, Y) and Fun(Y, X).
usort(Fun, [_] = L) when is_function(Fun, 2) -> L;
usort(Fun, [] = L) when is_function(Fun, 2) -> L;
usort(Fun, [X | T]) when is_function(Fun, 2) -> ufirst(Fun, X, T).

ufirst(Fun, X, [Y | T]) ->
    case Fun(X, Y) of
        true ->
            case Fun(Y, X) of
                true when T == [] -> [X];
                true -> ufirst(Fun, X, T);
                false -> urun_up(Y, X, Fun, T, [], [])
            end;
        false -> urun_down(Y, T, Fun, [X])
    end.

urun_up(Top, Below, Fun, [Z | T], Rest, Runs) ->
    case Fun(Top, Z) of
        true ->
            case Fun(Z, Top) of
                true -> urun_up(Top, Below, Fun, T, Rest, Runs);
                false -> urun_up(Z, Top, Fun, T, [Below | Rest], Runs)
            end;
        false ->
            case Fun(Below, Z) of
                true ->
                    case Fun(Z, Below) of
                        true -> urun_up(Top, Below, Fun, T, Rest, Runs);
                        false -> urun_up(Top, Z, Fun, T, [Below | Rest], Runs)
                    end;
                false when Rest == [] -> urun_up(Top, Below, Fun, T, [Z], Runs);
                false -> urun_up_held(Top, Below, Fun, T, Rest, Runs, Z)
            end
    end;
urun_up(Top, Below, Fun, [], Rest, Runs) ->
    umerge_desc_lists([[Top, Below | Rest] | Runs], [], Fun).

urun_up_held(Top, Below, Fun, [Z | T], Rest, Runs, Held) ->
    case Fun(Top, Z) of
        true ->
            case Fun(Z, Top) of
                true -> urun_up_held(Top, Below, Fun, T, Rest, Runs, Held);
                false -> urun_up_held(Z, Top, Fun, T, [Below | Rest], Runs, Held)
            end;
        false ->
            case Fun(Below, Z) of
                true ->
                    case Fun(Z, Below) of
                        true -> urun_up_held(Top, Below, Fun, T, Rest, Runs, Held);
                        false -> urun_up_held(Top, Z, Fun, T, [Below | Rest], Runs, Held)
                    end;
                false ->
                    case Fun(Held, Z) of
                        true ->
                            case Fun(Z, Held) of
                                true -> urun_up_held(Top, Below, Fun, T, Rest, Runs, Held);
                                false -> urun_up(Z, Held, Fun, T, [],
                                                 [[Top, Below | Rest] | Runs])
                            end;
                        false ->
                            urun_up(Held, Z, Fun, T, [], [[Top, Below | Rest] | Runs])
                    end
            end
    end;
urun_up_held(Top, Below, Fun, [], Rest, Runs, Held) ->
    umerge_desc_lists([[Held], [Top, Below | Rest] | Runs], [], Fun).

%% A strictly descending start, kept ascending in Run.
urun_down(Y, [Z | T], Fun, Run) ->
    case Fun(Y, Z) of
        true ->
            case Fun(Z, Y) of
                true -> urun_down(Y, T, Fun, Run);
                false -> urun_up(Z, Y, Fun, T, [], [lists:reverse(Run, [])])
            end;
        false -> urun_down(Z, T, Fun, [Y | Run])
    end;
urun_down(Y, [], _Fun, Run) -> [Y | Run].

umerge_asc_lists([[H1 | T1], L2 | Rest], Acc, Fun) ->
    umerge_asc_lists(Rest, [ufmerge_asc_held(H1, T1, Fun, L2, []) | Acc], Fun);
umerge_asc_lists([L], [], _Fun) -> L;
umerge_asc_lists([L], Acc, Fun) ->
    umerge_desc_lists([lists:reverse(L, []) | Acc], [], Fun);
umerge_asc_lists([], Acc, Fun) ->
    umerge_desc_lists(Acc, [], Fun).

umerge_desc_lists([[H2 | T2], L1 | Rest], Acc, Fun) ->
    umerge_desc_lists(Rest, [ufmerge_desc(L1, H2, Fun, T2, []) | Acc], Fun);
umerge_desc_lists([L], Acc, Fun) ->
    umerge_asc_lists([lists:reverse(L, []) | Acc], [], Fun);
umerge_desc_lists([], Acc, Fun) ->
    umerge_asc_lists(Acc, [], Fun).

%% Ascending merge that drops an element of list 2 equal to the last one taken from
%% list 1 (Taken). H2 is pending.
ufmerge_asc([H1 | T1], H2, Fun, T2, Acc, Taken) ->
    case Fun(H1, H2) of
        true -> ufmerge_asc(T1, H2, Fun, T2, [H1 | Acc], H1);
        false ->
            case Fun(H2, Taken) of
                true -> ufmerge_asc_held(H1, T1, Fun, T2, Acc);
                false -> ufmerge_asc_held(H1, T1, Fun, T2, [H2 | Acc])
            end
    end;
ufmerge_asc([], H2, Fun, T2, Acc, Taken) ->
    case Fun(H2, Taken) of
        true -> lists:reverse(T2, Acc);
        false -> lists:reverse(T2, [H2 | Acc])
    end.

ufmerge_asc_held(H1, T1, Fun, [H2 | T2], Acc) ->
    case Fun(H1, H2) of
        true -> ufmerge_asc(T1, H2, Fun, T2, [H1 | Acc], H1);
        false -> ufmerge_asc_held(H1, T1, Fun, T2, [H2 | Acc])
    end;
ufmerge_asc_held(H1, T1, _Fun, [], Acc) -> lists:reverse(T1, [H1 | Acc]).

%% Descending merge: an element of list 2 is held (Pending) until it is known whether
%% the next element of list 1 equals it, in which case list 1's is kept.
ufmerge_desc([H1 | T1], H2, Fun, T2, Acc) ->
    case Fun(H1, H2) of
        true -> ufmerge_desc_held(H1, T1, Fun, T2, Acc, H2);
        false -> ufmerge_desc(T1, H2, Fun, T2, [H1 | Acc])
    end;
ufmerge_desc([], H2, _Fun, T2, Acc) -> lists:reverse(T2, [H2 | Acc]).

ufmerge_desc_held(H1, T1, Fun, [H2 | T2], Acc, Pending) ->
    case Fun(H1, H2) of
        true -> ufmerge_desc_held(H1, T1, Fun, T2, [Pending | Acc], H2);
        false ->
            case Fun(Pending, H1) of
                true -> ufmerge_desc(T1, H2, Fun, T2, [H1 | Acc]);
                false -> ufmerge_desc(T1, H2, Fun, T2, [H1, Pending | Acc])
            end
    end;
ufmerge_desc_held(H1, T1, Fun, [], Acc, Pending) ->
    case Fun(Pending, H1) of
        true -> lists:reverse(T1, [H1 | Acc]);
        false -> lists:reverse(T1, [H1, Pending | Acc])
    end.

umerge(Fun, [], L2) when is_function(Fun, 2) -> L2;
umerge(Fun, [H1 | T1], L2) when is_function(Fun, 2) ->
    lists:reverse(ufmerge_asc_held(H1, T1, Fun, L2, []), []).

rumerge(Fun, L1, []) when is_function(Fun, 2) -> L1;
rumerge(Fun, L1, [H2 | T2]) when is_function(Fun, 2) ->
    lists:reverse(ufmerge_desc(L1, H2, Fun, T2, []), []).
