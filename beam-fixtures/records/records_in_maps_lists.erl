-module(records_in_maps_lists).
-export([start/0]).
-record(item, {id, qty = 0, price = 0.0}).

%% Records stored in maps and lists: keyed lookup by record field with lists:keyfind and
%% #rec.field indexes, summing fields, sorting by field, and updating records in a map.

start() ->
    Items = [#item{id = I, qty = I * 2, price = I * 1.5} || I <- lists:seq(1, 6)],
    ById = maps:from_list([{R#item.id, R} || R <- Items]),
    Found = lists:keyfind(4, #item.id, Items),
    Total = lists:sum([Q * P || #item{qty = Q, price = P} <- Items]),
    ByPrice = [R#item.id || R <- lists:reverse(lists:keysort(#item.price, Items))],
    Restocked = maps:map(fun(_, R) -> R#item{qty = R#item.qty + 100} end, ById),
    {Found, Total, ByPrice, maps:get(2, Restocked), [Q || #item{qty = Q} <- maps:values(Restocked)]}.
