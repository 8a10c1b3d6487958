%% ERLC_OPTS: +r24
-module(records_r24_badrecord).
-export([start/0]).
-record(r, {a = 1, b}).

%% Records compiled as OTP 24 code (+r24): no badrecord instruction; a failed record access
%% or update raises through other instructions, with the error reason OTP 24 code produces.

start() ->
    Good = [(id(#r{b = 2}))#r.a, (id(#r{}))#r{a = 5}, is_record(id(#r{}), r)],
    Bad = [catching(fun() -> (id(not_r))#r.a end), catching(fun() -> (id({r, 1}))#r.b end),
           catching(fun() -> (id({other, 1, 2}))#r{a = 3} end), catching(fun() -> (id([]))#r{b = 0} end)],
    {Good, Bad}.

id(X) -> X.

catching(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.
