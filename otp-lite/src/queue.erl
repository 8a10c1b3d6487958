%% otp-lite: the `queue` module, API-compatible with OTP 25, with OTP's representation:
%% {Rear, Front}, where Front holds the oldest items first and Rear the newest first.
%% When one side runs empty, the other is split in half between them.
-module(queue).

-export([new/0, is_queue/1, is_empty/1, len/1, to_list/1, from_list/1, member/2]).
-export([in/2, in_r/2, out/1, out_r/1]).
-export([get/1, get_r/1, peek/1, peek_r/1, drop/1, drop_r/1]).
-export([reverse/1, join/2, split/2, filter/2, filtermap/2, fold/3, any/2, all/2,
         delete/2, delete_r/2, delete_with/2, delete_with_r/2]).
-export([cons/2, head/1, tail/1, snoc/2, last/1, daeh/1, init/1, liat/1]).
-export([lait/1]).

-export_type([queue/0, queue/1]).

-deprecated([{lait, 1, "use queue:liat/1 instead"}]).

-opaque queue(Item) :: {list(Item), list(Item)}.
-type queue() :: queue(_).

-define(IS_QUEUE(R, F), is_list(R), is_list(F)).

new() -> {[], []}.

is_queue({R, F}) when ?IS_QUEUE(R, F) -> true;
is_queue(_) -> false.

is_empty({[], []}) -> true;
is_empty({R, F}) when ?IS_QUEUE(R, F) -> false;
is_empty(Q) -> erlang:error(badarg, [Q]).

len({R, F}) when ?IS_QUEUE(R, F) -> length(R) + length(F);
len(Q) -> erlang:error(badarg, [Q]).

to_list({R, F}) when ?IS_QUEUE(R, F) -> F ++ lists:reverse(R, []);
to_list(Q) -> erlang:error(badarg, [Q]).

from_list(L) when is_list(L) -> front_to_queue(L);
from_list(L) -> erlang:error(badarg, [L]).

member(X, {R, F}) when ?IS_QUEUE(R, F) -> lists:member(X, R) orelse lists:member(X, F);
member(X, Q) -> erlang:error(badarg, [X, Q]).

in(X, {[_] = R, []}) -> {[X], R};
in(X, {R, F}) when ?IS_QUEUE(R, F) -> {[X | R], F};
in(X, Q) -> erlang:error(badarg, [X, Q]).

in_r(X, {[], [_] = F}) -> {F, [X]};
in_r(X, {R, F}) when ?IS_QUEUE(R, F) -> {R, [X | F]};
in_r(X, Q) -> erlang:error(badarg, [X, Q]).

out({[], []} = Q) -> {empty, Q};
out({[V], []}) -> {{value, V}, {[], []}};
out({[Y | R], []}) ->
    [V | F] = lists:reverse(R, []),
    {{value, V}, {[Y], F}};
out({R, [V]}) when is_list(R) -> {{value, V}, rear_to_queue(R)};
out({R, [V | F]}) when is_list(R) -> {{value, V}, {R, F}};
out(Q) -> erlang:error(badarg, [Q]).

out_r({[], []} = Q) -> {empty, Q};
out_r({[], [V]}) -> {{value, V}, {[], []}};
out_r({[], [Y | F]}) ->
    [V | R] = lists:reverse(F, []),
    {{value, V}, {R, [Y]}};
out_r({[V], F}) when is_list(F) -> {{value, V}, front_to_queue(F)};
out_r({[V | R], F}) when is_list(F) -> {{value, V}, {R, F}};
out_r(Q) -> erlang:error(badarg, [Q]).

get({[], []} = Q) -> erlang:error(empty, [Q]);
get({R, F}) when ?IS_QUEUE(R, F) -> first(R, F);
get(Q) -> erlang:error(badarg, [Q]).

first(R, [H | _]) when is_list(R) -> H;
first([H], []) -> H;
first([_ | R], []) -> lists:last(R).

get_r({[], []} = Q) -> erlang:error(empty, [Q]);
get_r({[H | _], F}) when is_list(F) -> H;
get_r({[], [H]}) -> H;
get_r({[], [_ | F]}) -> lists:last(F);
get_r(Q) -> erlang:error(badarg, [Q]).

peek({[], []}) -> empty;
peek({R, [H | _]}) when is_list(R) -> {value, H};
peek({[H], []}) -> {value, H};
peek({[_ | R], []}) -> {value, lists:last(R)};
peek(Q) -> erlang:error(badarg, [Q]).

peek_r({[], []}) -> empty;
peek_r({[H | _], F}) when is_list(F) -> {value, H};
peek_r({[], [H]}) -> {value, H};
peek_r({[], [_ | F]}) -> {value, lists:last(F)};
peek_r(Q) -> erlang:error(badarg, [Q]).

drop({[], []} = Q) -> erlang:error(empty, [Q]);
drop({[_], []}) -> {[], []};
drop({[Y | R], []}) ->
    [_ | F] = lists:reverse(R, []),
    {[Y], F};
drop({R, [_]}) when is_list(R) -> rear_to_queue(R);
drop({R, [_ | F]}) when is_list(R) -> {R, F};
drop(Q) -> erlang:error(badarg, [Q]).

drop_r({[], []} = Q) -> erlang:error(empty, [Q]);
drop_r({[], [_]}) -> {[], []};
drop_r({[], [Y | F]}) ->
    [_ | R] = lists:reverse(F, []),
    {R, [Y]};
drop_r({[_], F}) when is_list(F) -> front_to_queue(F);
drop_r({[_ | R], F}) when is_list(F) -> {R, F};
drop_r(Q) -> erlang:error(badarg, [Q]).

reverse({R, F}) when ?IS_QUEUE(R, F) -> {F, R};
reverse(Q) -> erlang:error(badarg, [Q]).

join({R, F} = Q, {[], []}) when ?IS_QUEUE(R, F) -> Q;
join({[], []}, {R, F} = Q) when ?IS_QUEUE(R, F) -> Q;
join({R1, F1}, {R2, F2}) when ?IS_QUEUE(R1, F1), ?IS_QUEUE(R2, F2) ->
    {R2, F1 ++ lists:reverse(R1, F2)};
join(Q1, Q2) -> erlang:error(badarg, [Q1, Q2]).

split(0, {R, F} = Q) when ?IS_QUEUE(R, F) -> {{[], []}, Q};
split(N, {R, F} = Q) when is_integer(N), N >= 1, ?IS_QUEUE(R, F) ->
    FrontLen = length(F),
    if N < FrontLen ->
            [X | F1] = F,
            move_front(N - 1, R, F1, [], [X]);
       N > FrontLen ->
            Keep = length(R) - (N - FrontLen),
            if Keep < 0 -> erlang:error(badarg, [N, Q]);
               Keep > 0 ->
                    [X | R1] = R,
                    move_rear(Keep - 1, R1, F, [X], []);
               true -> {Q, {[], []}}
            end;
       true -> {front_to_queue(F), rear_to_queue(R)}
    end;
split(N, Q) -> erlang:error(badarg, [N, Q]).

%% Moves N more items from the second queue's front to the first queue's rear.
move_front(0, R1, F1, R2, F2) -> {{R2, F2}, {R1, F1}};
move_front(N, R1, [X | F1], R2, F2) -> move_front(N - 1, R1, F1, [X | R2], F2).

%% Moves N more items from the first queue's rear to the second queue's front.
move_rear(0, R1, F1, R2, F2) -> {{R1, F1}, {R2, F2}};
move_rear(N, [X | R1], F1, R2, F2) -> move_rear(N - 1, R1, F1, R2, [X | F2]).

%% Fun may return true, false, or a list of items to put in the item's place.
filter(Fun, {R0, F0}) when is_function(Fun, 1), ?IS_QUEUE(R0, F0) ->
    F = filter_front(Fun, F0),
    R = filter_rear(Fun, R0),
    rebalance(R, F);
filter(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

filter_front(_, []) -> [];
filter_front(Fun, [X | F]) ->
    case Fun(X) of
        true -> [X | filter_front(Fun, F)];
        [Y] -> [Y | filter_front(Fun, F)];
        false -> filter_front(Fun, F);
        [] -> filter_front(Fun, F);
        L when is_list(L) -> L ++ filter_front(Fun, F)
    end.

%% The rear is visited oldest item first (its end first).
filter_rear(_, []) -> [];
filter_rear(Fun, [X | R0]) ->
    R = filter_rear(Fun, R0),
    case Fun(X) of
        true -> [X | R];
        [Y] -> [Y | R];
        false -> R;
        [] -> R;
        L when is_list(L) -> lists:reverse(L, R)
    end.

filtermap(Fun, {R0, F0}) when is_function(Fun, 1), ?IS_QUEUE(R0, F0) ->
    F = lists:filtermap(Fun, F0),
    R = filtermap_rear(Fun, R0),
    rebalance(R, F);
filtermap(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

filtermap_rear(_, []) -> [];
filtermap_rear(Fun, [X | R0]) ->
    R = filtermap_rear(Fun, R0),
    case Fun(X) of
        true -> [X | R];
        {true, Y} -> [Y | R];
        false -> R
    end.

rebalance([], F) -> front_to_queue(F);
rebalance(R, []) -> rear_to_queue(R);
rebalance(R, F) -> {R, F}.

fold(Fun, Acc0, {R, F}) when is_function(Fun, 2), ?IS_QUEUE(R, F) ->
    lists:foldr(Fun, lists:foldl(Fun, Acc0, F), R);
fold(Fun, Acc0, Q) -> erlang:error(badarg, [Fun, Acc0, Q]).

any(Pred, {R, F}) when is_function(Pred, 1), ?IS_QUEUE(R, F) ->
    lists:any(Pred, F) orelse lists:any(Pred, R);
any(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

all(Pred, {R, F}) when is_function(Pred, 1), ?IS_QUEUE(R, F) ->
    lists:all(Pred, F) andalso lists:all(Pred, R);
all(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

%% Removes the oldest item =:= Item.
delete(Item, {R0, F0} = Q) when ?IS_QUEUE(R0, F0) ->
    case delete_first(Item, F0) of
        false ->
            case delete_last(Item, R0) of
                false -> Q;
                [] -> front_to_queue(F0);
                R1 -> {R1, F0}
            end;
        [] -> rear_to_queue(R0);
        F1 -> {R0, F1}
    end;
delete(Item, Q) -> erlang:error(badarg, [Item, Q]).

delete_r(Item, {R0, F0}) when ?IS_QUEUE(R0, F0) ->
    {F1, R1} = delete(Item, {F0, R0}),
    {R1, F1};
delete_r(Item, Q) -> erlang:error(badarg, [Item, Q]).

delete_first(Item, [Item | Rest]) -> Rest;
delete_first(Item, [X | Rest]) ->
    case delete_first(Item, Rest) of
        false -> false;
        L -> [X | L]
    end;
delete_first(_, []) -> false.

delete_last(Item, [X | Rest]) ->
    case delete_last(Item, Rest) of
        false when X =:= Item -> Rest;
        false -> false;
        L -> [X | L]
    end;
delete_last(_, []) -> false.

delete_with(Pred, {R0, F0} = Q) when is_function(Pred, 1), ?IS_QUEUE(R0, F0) ->
    case delete_first_with(Pred, F0) of
        false ->
            case delete_last_with(Pred, R0) of
                false -> Q;
                [] -> front_to_queue(F0);
                R1 -> {R1, F0}
            end;
        [] -> rear_to_queue(R0);
        F1 -> {R0, F1}
    end;
delete_with(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

delete_with_r(Pred, {R0, F0}) when is_function(Pred, 1), ?IS_QUEUE(R0, F0) ->
    {F1, R1} = delete_with(Pred, {F0, R0}),
    {R1, F1};
delete_with_r(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

delete_first_with(Pred, [X | Rest]) ->
    case Pred(X) of
        true -> Rest;
        false ->
            case delete_first_with(Pred, Rest) of
                false -> false;
                L -> [X | L]
            end
    end;
delete_first_with(_, []) -> false.

delete_last_with(Pred, [X | Rest]) ->
    case delete_last_with(Pred, Rest) of
        false ->
            case Pred(X) of
                true -> Rest;
                false -> false
            end;
        L -> [X | L]
    end;
delete_last_with(_, []) -> false.

%%% The Okasaki API.

cons(X, Q) -> in_r(X, Q).

head({[], []} = Q) -> erlang:error(empty, [Q]);
head({R, F}) when ?IS_QUEUE(R, F) -> first(R, F);
head(Q) -> erlang:error(badarg, [Q]).

tail(Q) -> drop(Q).

snoc(Q, X) -> in(X, Q).

daeh(Q) -> get_r(Q).
last(Q) -> get_r(Q).
liat(Q) -> drop_r(Q).
lait(Q) -> drop_r(Q).
init(Q) -> drop_r(Q).

%% A queue from a rear list: its first half stays the rear, the rest becomes the front.
rear_to_queue([]) -> {[], []};
rear_to_queue([_] = R) -> {[], R};
rear_to_queue([Y, X]) -> {[Y], [X]};
rear_to_queue(List) ->
    {R, F} = lists:split(length(List) div 2, List),
    {R, lists:reverse(F, [])}.

%% A queue from a front list: its first half stays the front, the rest becomes the rear.
front_to_queue([]) -> {[], []};
front_to_queue([_] = F) -> {F, []};
front_to_queue([X, Y]) -> {[Y], [X]};
front_to_queue(List) ->
    {F, R} = lists:split(length(List) div 2, List),
    {lists:reverse(R, []), F}.
