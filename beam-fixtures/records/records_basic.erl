-module(records_basic).
-export([start/0]).
-record(point, {x = 0, y = 0}).
-record(person, {name, age = 0 :: integer(), email = undefined, tags = []}).
-record(empty, {}).
-record(nested, {p = #point{}, list = [#point{x = 1}]}).

%% Records: defaults, creation, update, field access, matching, is_record in guards and as a
%% BIF, record_info, field indexes, and the {badrecord, Term} error.

start() ->
    P = #point{x = 3},
    Q = P#point{y = 4},
    Alice = #person{name = <<"Alice">>, age = 30},
    Bob = Alice#person{name = <<"Bob">>, tags = [admin]},
    Values = [P, Q, #point{}, #empty{}, Alice, Bob, #nested{}, #nested{p = Q}],
    Access = [Q#point.x, Q#point.y, Bob#person.tags, (#nested{})#nested.p, ((#nested{})#nested.p)#point.x],
    Index = [#point.x, #point.y, #person.email, #person.tags],
    Info = [record_info(fields, point), record_info(size, point), record_info(fields, person),
            record_info(size, empty)],
    IsRec = [{is_record(V, point), is_record(V, point, 3), is_record(V, person), erlang:is_record(V, empty, 1)}
             || V <- [P, Alice, #empty{}, {point, 1}, {point, 1, 2, 3}, point, {}]],
    Match = [describe(V) || V <- Values ++ [{point, a, b}, {other}]],
    Errs = [catching(fun() -> (id(Alice))#point.x end), catching(fun() -> (id({point, 1}))#point.y end),
            catching(fun() -> (id(not_a_record))#point{x = 1} end), catching(fun() -> (id(#empty{}))#point.x end)],
    Sorted = lists:keysort(#person.age, [Alice#person{age = A} || A <- [50, 10, 30]]),
    Updated = lists:foldl(fun(N, Acc) -> Acc#point{x = Acc#point.x + N} end, #point{}, lists:seq(1, 100)),
    {Values, Access, Index, Info, IsRec, Match, Errs, Sorted, Updated}.

describe(#point{x = 0, y = 0}) -> origin;
describe(#point{x = X, y = X}) -> {diagonal, X};
describe(#point{x = X}) when is_integer(X), X > 2 -> {right, X};
describe(#person{name = N, tags = [admin | _]}) -> {admin, N};
describe(#person{age = A}) when A >= 18 -> adult;
describe(#empty{}) -> empty;
describe(#nested{p = #point{y = Y}}) -> {nested, Y};
describe(R) when is_record(R, point) -> other_point;
describe(_) -> unknown.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
