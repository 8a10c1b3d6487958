-module(records_nested_update).
-export([start/0]).
-record(addr, {street = "", city = "", zip = 0}).
-record(user, {id, name = <<>>, addr = #addr{}, roles = [], meta = #{}}).
-record(counter, {n = 0, history = []}).

%% Nested records: updating a field of a field, records inside lists and maps, record
%% updates in folds, and the compiler's in-place update of several fields at once.

start() ->
    U0 = #user{id = 1, name = <<"ann">>},
    U1 = U0#user{addr = (U0#user.addr)#addr{city = "Oslo", zip = 150}},
    U2 = U1#user{roles = [admin | U1#user.roles], meta = (U1#user.meta)#{login => 3}},
    U3 = U2#user{name = <<"Ann">>, id = 2, roles = [], meta = #{}},
    Users = [U0, U1, U2, U3],
    Cities = [(U#user.addr)#addr.city || U <- Users],
    ByCity = lists:foldl(fun(#user{addr = #addr{city = C}} = U, Acc) -> maps:update_with(C, fun(L) -> [U#user.id | L] end, [U#user.id], Acc) end,
                         #{}, Users),
    Counter = lists:foldl(fun(X, #counter{n = N, history = H} = C) -> C#counter{n = N + X, history = [X | H]} end,
                          #counter{}, lists:seq(1, 10)),
    Zips = [Z || #user{addr = #addr{zip = Z}} <- Users, Z > 0],
    {Users, Cities, ByCity, Counter, Zips, record_info(fields, user), tuple_size(U0)}.
